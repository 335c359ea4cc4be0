/**
 * Staff, the director's orders and the structure of the support service: the head of service and the members of
 * the functional bodies over time.
 */
@Export
@Version("1.0.0")
package org.opora.core.api.staff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
