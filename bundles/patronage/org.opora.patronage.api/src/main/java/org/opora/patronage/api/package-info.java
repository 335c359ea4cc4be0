/**
 * The individual patronage of pupils at risk (regulation 003): permissions and the school's settings. Failures are
 * the core's exceptions: {@link org.opora.core.api.ValidationException} with a {@code patronage.*} key naming the
 * field, {@link org.opora.core.api.ConflictException} for a stale version, {@link org.opora.core.api.NotFoundException};
 * and the platform's AccessDeniedException when the caller may not read or keep a case.
 */
@Export
@Version("1.0.0")
package org.opora.patronage.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
