package org.opora.core.impl.internal.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.opora.core.api.ListItem;

/** The checks of single cell values that pupil and staff files share. */
final class Values {

    /** Longer free text is a mistake (a whole paragraph pasted into a name) and would not fit the records. */
    static final int MAX_TEXT = 200;

    /** Digits, spaces, brackets, dashes and a leading plus, as {@code RepresentativeDraft} documents. */
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,20}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** d.M.yyyy covers dd.MM.yyyy as well; strict, so 31.02.2015 is refused rather than moved to March. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
    /** A time of day Excel adds when a date column is saved as CSV from a date-time cell. */
    private static final Pattern TIME_SUFFIX = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");

    private Values() {
    }

    /** A date in one of the accepted forms, or empty. */
    static Optional<LocalDate> date(String text) {
        String day = TIME_SUFFIX.matcher(text.strip()).replaceFirst("");
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Day, month and year as written in the accepted forms, for saying what is wrong with an impossible date. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

    /**
     * Why a cell written in an accepted form is still no date: the message key and its parameters ("31.02.2012": the
     * day does not exist, February 2012 has 29 days; "12.13.2012": there is no 13th month); empty when the text is
     * not in an accepted form at all (or is a date).
     */
    static Optional<String[]> impossible(String text) {
        String day = TIME_SUFFIX.matcher(text.strip()).replaceFirst("");
        java.util.regex.Matcher dmy = DAY_MONTH_YEAR.matcher(day);
        java.util.regex.Matcher ymd = YEAR_MONTH_DAY.matcher(day);
        int d;
        int m;
        int y;
        if (dmy.matches()) {
            d = Integer.parseInt(dmy.group(1));
            m = Integer.parseInt(dmy.group(2));
            y = Integer.parseInt(dmy.group(3));
        } else if (ymd.matches()) {
            y = Integer.parseInt(ymd.group(1));
            m = Integer.parseInt(ymd.group(2));
            d = Integer.parseInt(ymd.group(3));
        } else {
            return Optional.empty();
        }
        if (m < 1 || m > 12) {
            return Optional.of(new String[] {"core.import.error.noSuchMonth", day, String.valueOf(m)});
        }
        int length = java.time.YearMonth.of(y, m).lengthOfMonth();
        if (d < 1 || d > length) {
            return Optional.of(new String[] {"core.import.error.noSuchDay", day,
                String.format("%02d.%04d", m, y), String.valueOf(length)});
        }
        return Optional.empty();
    }

    /** The entry of a reference list a cell names by label or by code, compared by {@link Texts#key}. */
    static Optional<ListItem> item(List<ListItem> items, String text) {
        String key = Texts.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return items.stream()
                .filter(i -> Texts.key(i.label()).equals(key) || Texts.key(i.code()).equals(key))
                .findFirst();
    }

    /** The labels of a reference list for a message that lists the allowed values. */
    static String labels(List<ListItem> items) {
        return items.stream().map(ListItem::label).collect(Collectors.joining(", "));
    }

    /** Checks the length of free text; adds an issue and answers false when it is too long. */
    static boolean fits(String text, String column, RowIssues issues) {
        if (text.length() > MAX_TEXT) {
            issues.add(column, "core.import.error.tooLong", String.valueOf(MAX_TEXT));
            return false;
        }
        return true;
    }

    /** Checks an optional phone; an empty one is fine. */
    static void phone(String phone, String column, RowIssues issues) {
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            issues.add(column, "core.import.error.phone");
        }
    }

    /** Checks an optional e-mail address; an empty one is fine. */
    static void email(String email, String column, RowIssues issues) {
        if (!email.isEmpty() && (email.length() > MAX_TEXT || !EMAIL.matcher(email).matches())) {
            issues.add(column, "core.import.error.email");
        }
    }
}
