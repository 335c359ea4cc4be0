/**
 * The general conclusion on the results of the support (obshchee zaklyuchenie, regulation 004, 5.3 and 5.4): the state of
 * each problem before and after, the overall verdict, the problems removed, the reasons, the teacher's needs and the
 * most effective ways of further support; signed, it concludes the record.
 */
@Export
@Version("1.0.0")
package org.opora.teachersupport.api.conclusion;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
