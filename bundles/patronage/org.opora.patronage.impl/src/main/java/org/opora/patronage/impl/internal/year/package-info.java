/** The patronage's year: the schedule of work with its approval, and the year's summary. */
package org.opora.patronage.impl.internal.year;
