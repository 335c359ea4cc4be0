/** Users, roles and the permissions modules declare; the signed-in user of the current request. */
@Export
@Version("1.4.0")
package org.opora.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
