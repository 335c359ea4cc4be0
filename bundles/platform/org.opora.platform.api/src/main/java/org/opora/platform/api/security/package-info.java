/**
 * Users, roles and the permissions modules declare; the signed-in user of the current request. 1.5: {@link
 * org.opora.platform.api.security.SignInBusyException}, a sign-in refused because the password checks were all busy.
 */
@Export
@Version("1.5.0")
package org.opora.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
