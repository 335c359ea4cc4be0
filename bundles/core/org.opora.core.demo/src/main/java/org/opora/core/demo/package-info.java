/**
 * What the demo bundles of the modules share: {@link org.opora.core.demo.DemoRun}, the background writer that waits
 * for the core's demo school, and {@link org.opora.core.demo.DemoTexts}, the demo's Russian texts from a UTF-8
 * resource of the module's demo bundle. Only demo bundles (feature {@code opora-demo}) use it; a real installation
 * does not contain it.
 */
@Export
@Version("1.1.0")
package org.opora.core.demo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
