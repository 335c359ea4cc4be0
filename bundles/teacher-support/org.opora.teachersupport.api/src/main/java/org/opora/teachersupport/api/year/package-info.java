/**
 * The year's summary of the methodological support: the teachers supported, their difficulties by type, the
 * outcomes and the teachers' needs of professional development.
 */
@Export
@Version("1.0.0")
package org.opora.teachersupport.api.year;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
