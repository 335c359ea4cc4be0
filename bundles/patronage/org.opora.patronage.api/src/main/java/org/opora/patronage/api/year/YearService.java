package org.opora.patronage.api.year;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The patronage's year: the schedule of work and the summary. The coordinator (and the holders of read-all with
 * {@code patronage.coordinate}) write the schedule and the effective practice; the director
 * ({@code patronage.appoint}) approves the schedule, after which it is not changed; whoever opens the patronage
 * reads them. A year is named by its first calendar year.
 */
@ProviderType
public interface YearService {

    Schedule schedule(int year);

    /** Adds a line to a schedule not yet approved. */
    ScheduleEntry addEntry(int year, String when, String activity, String responsible);

    ScheduleEntry updateEntry(long entryId, long version, String when, String activity, String responsible);

    void removeEntry(long entryId, long version);

    /** The director's approval on the day (not in the future); a schedule without lines is refused. */
    Schedule approve(int year, long version, LocalDate on);

    /** The figures of the year, counted now, with the effective practice written so far. */
    YearSummary summary(int year);

    /** Writes the year's effective practice (the coordinator). */
    YearSummary writeEffectivePractice(int year, long version, String text);
}
