/**
 * The diagnosis of a teacher's difficulties (regulation 004, section 4): entries with their source, day, who made
 * them, the findings and the problems they concern.
 */
@Export
@Version("1.0.0")
package org.opora.teachersupport.api.diagnosis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
