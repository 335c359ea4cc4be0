/**
 * The forms of help recorded as they happen (regulation 004, 3.3 to 3.5: consultations, lesson visits, help for
 * competitions, feedback) and the evidence collected during the support (5.2), with their files.
 *
 * <p>1.1: the help given carries its direction of work (000 §3), by default the one its form gives
 * ({@link org.opora.teachersupport.api.help.HelpDirections}).
 */
@Export
@Version("1.1.0")
package org.opora.teachersupport.api.help;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
