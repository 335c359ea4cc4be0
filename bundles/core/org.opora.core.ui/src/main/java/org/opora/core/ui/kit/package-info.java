/**
 * The small UI kit of the core's views, exported for the views of other modules so that every module's forms,
 * grids, pickers (staff, orders), dates, confirmations and error messages look and behave the same. Texts use the
 * {@code core.ui.*} keys of this bundle.
 */
@Export
@Version("1.0.0")
package org.opora.core.ui.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
