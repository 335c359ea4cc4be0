/**
 * The support record of a teacher as regulation 004 (5.1) opens it: the teacher, the day of the decision, who leads
 * the support and who takes part, the identified problems with their difficulty type and the planned forms of help;
 * its lifecycle (opened, in progress, concluded). 1.1: a record opened with its problems in one transaction.
 */
@Export
@Version("1.1.0")
package org.opora.teachersupport.api.record;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
