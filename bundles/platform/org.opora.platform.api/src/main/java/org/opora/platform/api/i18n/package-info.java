/**
 * Translations of message keys for code outside views (duties, printable forms, notifications); the school's own
 * texts over the modules' ({@link org.opora.platform.api.i18n.MessageCatalogue}, 1.1).
 */
@Export
@Version("1.1.0")
package org.opora.platform.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
