/**
 * The service's annual report (000 §5.1.2, §3 organisational-methodological work): every installed module contributes
 * its section through {@link org.opora.core.api.report.ReportContribution}; {@link org.opora.core.api.report.ServiceReport}
 * collects them for the page and the printed report.
 */
@Export
@Version("1.0.0")
package org.opora.core.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
