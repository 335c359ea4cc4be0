/**
 * The support service core: the school, academic years, reference lists (flags, specialist types, bodies, agency
 * kinds, document types, directions of work), common value types and the exceptions every core service throws.
 */
@Export
@Version("1.6.0")
package org.opora.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
