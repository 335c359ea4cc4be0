/**
 * The individual methodological support of a teacher (regulation 004): permissions and the school's settings.
 * Failures are the core's exceptions: {@link org.opora.core.api.ValidationException} with a {@code teachersupport.*}
 * or {@code core.error.*} key naming the field, {@link org.opora.core.api.ConflictException} for a stale version,
 * {@link org.opora.core.api.NotFoundException}; and the platform's AccessDeniedException when the caller may not read
 * or change a record (a refused attempt on a record is journaled).
 */
@Export
@Version("1.0.0")
package org.opora.teachersupport.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
