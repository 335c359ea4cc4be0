/** The audit journal: who read or changed which confidential record, and when. */
@Export
@Version("1.4.0")
package org.opora.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
