/** Pupils, their legal representatives, status flags with history, classes per academic year and promotion. */
@Export
@Version("1.2.0")
package org.opora.core.api.pupil;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
