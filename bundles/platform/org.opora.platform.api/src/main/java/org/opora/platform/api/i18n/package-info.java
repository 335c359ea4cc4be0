/** Translations of message keys for code outside views (duties, printable forms, notifications). */
@Export
@Version("1.0.0")
package org.opora.platform.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
