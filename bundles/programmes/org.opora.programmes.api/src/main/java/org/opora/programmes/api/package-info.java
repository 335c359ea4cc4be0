/**
 * Individual support (regulations 002 and 001): permissions, the lifecycle states and the recorded steps shared by
 * support programmes ({@code .programme}) and individual plans ({@code .plan}). Failures are the core's exceptions:
 * {@link org.opora.core.api.ValidationException} with a {@code programmes.rule.*} key whose text cites the
 * regulation's clause, {@link org.opora.core.api.ConflictException} for a stale version (two people editing the
 * same programme), {@link org.opora.core.api.NotFoundException}; and the platform's AccessDeniedException.
 */
@Export
@Version("2.1.0")
package org.opora.programmes.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
