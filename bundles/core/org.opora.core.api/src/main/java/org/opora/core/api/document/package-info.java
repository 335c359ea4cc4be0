/** The register of the support service's documents (000 §5): plans, schedules, reports, programmes, instructions. */
@Export
@Version("1.0.0")
package org.opora.core.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
