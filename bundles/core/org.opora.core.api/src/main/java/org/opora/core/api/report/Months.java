package org.opora.core.api.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.opora.core.api.AcademicYear;

/** The months of an academic year as chart categories, September to August, named in the report's language. */
public final class Months {

    private Months() {
    }

    /** The month's stand-alone name, capitalised: "September" (in Russian the nominative form). */
    public static String name(Month month, Locale locale) {
        String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The twelve months of the year in order. */
    public static List<YearMonth> of(AcademicYear year) {
        List<YearMonth> months = new ArrayList<>(12);
        YearMonth first = YearMonth.from(year.firstDay());
        for (int i = 0; i < 12; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /**
     * Sums counts per day (as an aggregate query grouped by date returns them) into counts per month of the year;
     * days outside the year are left out.
     */
    public static Map<YearMonth, Long> sum(AcademicYear year, Map<LocalDate, ? extends Number> perDay) {
        Map<YearMonth, Long> months = new TreeMap<>();
        perDay.forEach((day, count) -> {
            if (day != null && year.contains(day)) {
                months.merge(YearMonth.from(day), count.longValue(), Long::sum);
            }
        });
        return months;
    }

    /** Twelve chart points of one series, September to August; a month without a count is 0. */
    public static List<ChartPoint> points(AcademicYear year, String series, Map<YearMonth, ? extends Number> counts,
            Locale locale) {
        List<ChartPoint> points = new ArrayList<>(12);
        for (YearMonth month : of(year)) {
            Number n = counts.get(month);
            points.add(new ChartPoint(series, name(month.getMonth(), locale), n == null ? 0 : n.doubleValue()));
        }
        return points;
    }
}
