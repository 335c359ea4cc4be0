/**
 * How a module contributes to the intranet UI: views with their navigation entries ({@link
 * org.opora.platform.ui.api.ViewContribution} with {@link org.opora.platform.ui.api.OporaView}) and pupil-card
 * tabs ({@link org.opora.platform.ui.api.PupilCardSection} with {@link org.opora.platform.ui.api.CardSection}) and
 * staff-card tabs ({@link org.opora.platform.ui.api.StaffCardSection} with the same annotation; 1.2).
 * Contributions are DS services; they appear and disappear at run time with their bundles.
 */
@Export
@Version("1.2.0")
package org.opora.platform.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
