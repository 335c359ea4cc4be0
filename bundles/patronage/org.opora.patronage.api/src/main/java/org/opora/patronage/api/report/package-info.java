/**
 * The curator's periodic report on a case (regulation 003 section 3.3: the curator reports on the work done at the
 * meeting held by the director; section 2.2: the monitoring of the results) with the day the next report is due,
 * and the director's control over the measures (section 3.1): the open cases without a curator, with overdue plan
 * rows, with a contact due and with a report due.
 */
@Export
@Version("1.0.0")
package org.opora.patronage.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
