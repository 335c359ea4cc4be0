package org.opora.core.kit;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

/**
 * Dates as the school reads them: {@value #PATTERN} in every language, and date pickers that speak the user's
 * language (month and weekday names from the message bundle, weeks starting on Monday).
 */
public final class Dates {

    /** Pattern of every date shown or typed in the views. */
    public static final String PATTERN = "dd.MM.yyyy";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);
    private static final int MONTHS = 12;
    private static final int WEEKDAYS = 7;

    private Dates() {
    }

    /** The day as {@value #PATTERN}, or an empty string for none. */
    public static String format(LocalDate day) {
        return day == null ? "" : FORMAT.format(day);
    }

    /** Full years between the birth date and the day. */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** A date picker with the id and the translated label, localised for the current UI. */
    public static DatePicker picker(String id, String labelKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setLabel(UI.getCurrent().getTranslation(labelKey));
        localize(picker);
        return picker;
    }

    /** Gives the picker the {@value #PATTERN} format and the month and weekday names of the UI's language. */
    public static void localize(DatePicker picker) {
        UI ui = UI.getCurrent();
        picker.setLocale(ui.getLocale());
        DatePickerI18n i18n = new DatePickerI18n();
        // the short forms are accepted when typing, the first one is shown
        i18n.setDateFormats(PATTERN, "d.M.yyyy", "dd.MM.yy", "d.M.yy");
        i18n.setFirstDayOfWeek(1);
        List<String> months = list(ui.getTranslation("core.kit.date.months"));
        if (months.size() == MONTHS) {
            i18n.setMonthNames(months);
        }
        List<String> weekdays = list(ui.getTranslation("core.kit.date.weekdays"));
        List<String> shortWeekdays = list(ui.getTranslation("core.kit.date.weekdaysShort"));
        if (weekdays.size() == WEEKDAYS && shortWeekdays.size() == WEEKDAYS) {
            i18n.setWeekdays(weekdays);
            i18n.setWeekdaysShort(shortWeekdays);
        }
        i18n.setToday(ui.getTranslation("core.kit.date.today"));
        i18n.setCancel(ui.getTranslation("core.kit.date.cancel"));
        i18n.setBadInputErrorMessage(ui.getTranslation("core.kit.date.badInput"));
        // a day outside the picker's limits is marked with words, never only in red
        i18n.setRequiredErrorMessage(ui.getTranslation("core.kit.date.required"));
        i18n.setMinErrorMessage(picker.getMin() == null ? ui.getTranslation("core.kit.date.outOfRange")
                : ui.getTranslation("core.kit.date.min", format(picker.getMin())));
        i18n.setMaxErrorMessage(picker.getMax() == null ? ui.getTranslation("core.kit.date.outOfRange")
                : ui.getTranslation("core.kit.date.max", format(picker.getMax())));
        picker.setI18n(i18n);
    }

    /**
     * The required-check of a picker bound with a Binder ({@code asRequired(Dates.required(picker))}): an impossible
     * typed day, or one outside the limits, is refused with the picker's own words, an empty one as required.
     */
    public static Validator<LocalDate> required(DatePicker picker) {
        return (value, context) -> {
            ValidationResult own = picker.getDefaultValidator().apply(value, context);
            if (own.isError()) {
                return own;
            }
            return value == null ? ValidationResult.error(UI.getCurrent().getTranslation("core.kit.common.required"))
                    : ValidationResult.ok();
        };
    }

    /** The earliest day the picker takes; a day before it is marked naming it. */
    public static void min(DatePicker picker, LocalDate day) {
        picker.setMin(day);
        localize(picker);
    }

    /** The latest day the picker takes; a day after it is marked naming it. */
    public static void max(DatePicker picker, LocalDate day) {
        picker.setMax(day);
        localize(picker);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
