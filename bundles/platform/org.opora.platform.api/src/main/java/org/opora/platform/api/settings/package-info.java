/**
 * Checks of a module's own settings before the administrator's settings form stores them: a module registers a
 * {@link org.opora.platform.api.settings.SettingsCheck} for its configuration PID, and a list setting with a
 * malformed line or an unknown code is refused naming the line and the reason, the stored value kept; the check
 * also names its coded lists, checks its attributes together and tells which codes of other lists it uses.
 * {@link org.opora.platform.api.settings.SharedSettings} stores a configuration that schools change so that every
 * node of an installation has it.
 */
@Export
@Version("1.2.0")
package org.opora.platform.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
