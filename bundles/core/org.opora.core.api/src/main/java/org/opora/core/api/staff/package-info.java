/**
 * Staff, the director's orders and the structure of the support service: the head of service and the members of
 * the functional bodies over time; the built-in codes of bodies and roles and what the roles mean
 * ({@link org.opora.core.api.staff.Bodies}, added in 1.1).
 */
@Export
@Version("1.1.0")
package org.opora.core.api.staff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
