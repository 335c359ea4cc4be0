/**
 * Support for the implementations of modules built on the core (consilium, programmes …): {@link
 * org.opora.core.support.ModuleGuard}, {@link org.opora.core.support.ModuleDatabase}, {@link
 * org.opora.core.support.FieldChecks}, and for the demo profile {@link org.opora.core.support.DemoRun} and {@link
 * org.opora.core.support.DemoTexts}. Not an API of a service: classes a module's own components extend or call.
 */
@Export
@Version("1.1.0")
package org.opora.core.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
