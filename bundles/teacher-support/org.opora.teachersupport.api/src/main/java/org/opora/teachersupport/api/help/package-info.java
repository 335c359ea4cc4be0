/**
 * The forms of help recorded as they happen (regulation 004, 3.3 to 3.5: consultations, lesson visits, help for
 * competitions, feedback) and the evidence collected during the support (5.2), with their files.
 */
@Export
@Version("1.0.0")
package org.opora.teachersupport.api.help;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
