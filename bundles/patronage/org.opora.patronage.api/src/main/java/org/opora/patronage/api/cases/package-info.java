/**
 * The patronage case of a pupil (regulation 003): the category and the grounds, opened and closed with the reason,
 * the current curator; the list with its filters, what a class teacher may see of a case, and the pupils of a
 * mandatory category who have no case yet; whether the caller keeps cases (since 1.1).
 */
@Export
@Version("1.1.0")
package org.opora.patronage.api.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
