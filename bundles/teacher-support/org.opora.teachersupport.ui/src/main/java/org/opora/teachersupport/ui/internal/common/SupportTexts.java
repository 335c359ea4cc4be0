package org.opora.teachersupport.ui.internal.common;

import static org.opora.core.kit.Marks.badge;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import org.opora.core.kit.Failures;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.route.CheckpointState;

/**
 * How the teacher-support views name things: the routes of the pages, the printed forms, the labels of the module's
 * values (statuses, the route's focus and place, the conclusion's answers), and a few widgets the pages share.
 * A value's label is the key {@code teachersupport.ui.<kind>.<CONSTANT>}.
 */
public final class SupportTexts {

    /** Route of the list of support records. */
    public static final String RECORDS_ROUTE = "teacher-support";
    /** Route of one record's page; the id follows, e.g. {@code teacher-support/record/12}. */
    public static final String RECORD_ROUTE = "teacher-support/record";
    /** Route of the year's summary. */
    public static final String YEAR_ROUTE = "teacher-support/year";
    /** The printed card of a record: the opening record with everything recorded since (the impl's form). */
    public static final String CARD_FORM = "teachersupport.card";
    /** The printed general conclusion (the impl's form). */
    public static final String CONCLUSION_FORM = "teachersupport.conclusion";

    /** The kinds of value whose labels are {@code teachersupport.ui.<kind>.<CONSTANT>}. */
    public static final String STATUS = "status";
    public static final String FOCUS = "focus";
    public static final String PLACE = "place";
    public static final String CHECKPOINT = "checkpoint";
    public static final String STAGE = "stage";
    public static final String LEVEL = "level";
    public static final String VERDICT = "verdict";
    public static final String REMOVED = "removed";
    public static final String NEED = "need";

    private SupportTexts() {
    }

    /** The address of a record's page. */
    public static String recordHref(long recordId) {
        return RECORD_ROUTE + "/" + recordId;
    }

    /** The school's settings in the language; empty lists when they cannot be read. */
    public static TeacherSupportSettings settings(TeacherSupportSettingsService service, Locale locale) {
        return Failures.read(() -> service.settings(locale), new TeacherSupportSettings(List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), false, 0, 0));
    }

    /** The label of a value of the module, e.g. {@code label(VERDICT, Verdict.SUCCESSFUL)}; empty for none. */
    public static String label(String kind, Enum<?> value) {
        return value == null ? "" : t("teachersupport.ui." + kind + "." + value.name());
    }

    /** The record's status as a coloured mark. */
    public static Span status(String id, SupportStatus status) {
        String theme = switch (status) {
            case OPENED -> "badge";
            case IN_PROGRESS -> "badge success";
            case CONCLUDED -> "badge contrast";
        };
        return badge(id, label(STATUS, status), theme);
    }

    /** A checkpoint's state as a coloured mark: due in yellow, overdue in red. */
    public static Span checkpoint(String id, CheckpointState state) {
        String theme = switch (state) {
            case DONE -> "badge success";
            case COMING -> "badge contrast";
            case DUE -> "badge warning";
            case OVERDUE -> "badge error";
        };
        return badge(id, label(CHECKPOINT, state), theme);
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
