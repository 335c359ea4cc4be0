/** Printable documents: modules describe a form as a small document model; the platform renders it to PDF. */
@Export
@Version("1.1.0")
package org.opora.platform.api.print;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
