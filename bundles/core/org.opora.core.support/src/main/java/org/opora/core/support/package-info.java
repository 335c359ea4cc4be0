/**
 * Support for the implementations of modules built on the core (consilium, programmes …): {@link
 * org.opora.core.support.ModuleGuard}, {@link org.opora.core.support.ModuleDatabase} and {@link
 * org.opora.core.support.FieldChecks}. Not an API of a service: classes a module's own components extend or call.
 */
@Export
@Version("1.0.0")
package org.opora.core.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
