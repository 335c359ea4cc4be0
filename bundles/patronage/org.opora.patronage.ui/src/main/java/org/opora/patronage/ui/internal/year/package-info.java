/** The patronage's year: the schedule of work and the year's summary. */
package org.opora.patronage.ui.internal.year;
