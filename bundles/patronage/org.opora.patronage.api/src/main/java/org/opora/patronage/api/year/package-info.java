/**
 * The patronage's year (regulation 003 section 2.2): the schedule of work (grafik) the coordinator draws up and the
 * director approves, and the year's summary — the cases per category and what became of them — with the
 * generalised effective practice the school wants to keep.
 */
@Export
@Version("1.0.0")
package org.opora.patronage.api.year;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
