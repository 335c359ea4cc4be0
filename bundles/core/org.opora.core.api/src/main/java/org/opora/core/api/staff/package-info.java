/**
 * Staff, the director's orders and the structure of the support service: the head of service and the members of
 * the functional bodies over time; the built-in codes of bodies and roles and what the roles mean
 * ({@link org.opora.core.api.staff.Bodies}, added in 1.1); the roles as the school configured them with their
 * meanings ({@link org.opora.core.api.staff.BodyRoles}, {@link org.opora.core.api.staff.BodyRole}, {@link
 * org.opora.core.api.staff.BodyRoleMeaning}, added in 1.2); the module that keeps a body may say who appoints its
 * members ({@link org.opora.core.api.staff.BodyAuthority}, added in 1.3).
 */
@Export
@Version("1.3.0")
package org.opora.core.api.staff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
