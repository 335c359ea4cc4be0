/** "My duties": due and overdue things that modules report for the signed-in person. */
@Export
@Version("1.0.0")
package org.opora.platform.api.duty;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
