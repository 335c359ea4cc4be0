/**
 * The general conclusion on the results of the support (obshchee zaklyuchenie, regulation 004, 5.3 and 5.4): the state of
 * each problem before and after, the overall verdict, the problems removed, the reasons, the teacher's needs and the
 * most effective ways of further support; signed, it concludes the record. (1.1: approved after signing by the
 * holder of the role of the school's chain, {@link org.opora.teachersupport.api.conclusion.ConclusionService#approve}.)
 */
@Export
@Version("1.1.0")
package org.opora.teachersupport.api.conclusion;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
