/** Import of pupils and staff from CSV and XLSX files, and export of the pupil list to XLSX. */
@Export
@Version("1.0.1")
package org.opora.core.api.exchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
