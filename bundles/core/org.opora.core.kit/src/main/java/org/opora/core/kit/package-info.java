/**
 * The UI kit every module's views share, so that forms, grids, pickers (pupils, staff, orders), dates, uploads,
 * confirmations and error messages look and behave the same in every module. {@link Failures} runs a user's action
 * and shows what a service refused. Texts use the {@code core.kit.*} keys of this bundle. 1.2 adds
 * {@link org.opora.core.kit.Uploads#checked}, an upload with the core's file check. 1.4
 * adds {@link org.opora.core.kit.DirectionField}, the choice of a direction of work.
 */
@Export
@Version("1.4.0")
package org.opora.core.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
