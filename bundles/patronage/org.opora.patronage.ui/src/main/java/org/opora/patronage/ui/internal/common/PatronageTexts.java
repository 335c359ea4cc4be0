package org.opora.patronage.ui.internal.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.team.CuratorKind;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;

/**
 * How the patronage views name things: the routes of the pages, the words for the kinds of curator, the parties and
 * forms of a contact, the kinds of help and the reasons a curator's term ended, periods, and links.
 */
public final class PatronageTexts {

    /** Route of the cases list. */
    public static final String CASES_ROUTE = "patronage/cases";
    /** Route of one case's page; the id follows, e.g. {@code patronage/case/12}. */
    public static final String CASE_ROUTE = "patronage/case";
    /** Route of the list of the director's administrative meetings. */
    public static final String MEETINGS_ROUTE = "patronage/meetings";
    /** Route of one meeting's page; the id follows, e.g. {@code patronage/meeting/3}. */
    public static final String MEETING_ROUTE = "patronage/meeting";
    /** Route of the director's control over the open cases. */
    public static final String CONTROL_ROUTE = "patronage/control";
    /** The printable form of a meeting's minutes. */
    public static final String MINUTES_FORM = "patronage.minutes";

    /** The end reasons the service writes on a curator's term. */
    public static final String REPLACED = "replaced";
    public static final String RELEASED = "released";
    public static final String CASE_CLOSED = "case-closed";

    private PatronageTexts() {
    }

    /** The address of a case's page. */
    public static String caseHref(long caseId) {
        return CASE_ROUTE + "/" + caseId;
    }

    /** The address of a meeting's page. */
    public static String meetingHref(long meetingId) {
        return MEETING_ROUTE + "/" + meetingId;
    }

    /** The school's settings in the language; no categories or specialists when they cannot be read. */
    public static PatronageSettings settings(PatronageSettingsService service, Locale locale) {
        return Failures.read(() -> service.settings(locale),
                new PatronageSettings(List.of(), Set.of(), "", List.of(), 0, true));
    }

    /** Internal (a staff member) or external (another organisation). */
    public static String kind(CuratorKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case INTERNAL -> t("patronage.ui.curator.kind.internal");
            case EXTERNAL -> t("patronage.ui.curator.kind.external");
        };
    }

    /** Why a curator's term ended; a reason the views do not know shows itself. */
    public static String endReason(String reason) {
        if (reason == null || reason.isEmpty()) {
            return "";
        }
        return switch (reason) {
            case REPLACED -> t("patronage.ui.curator.end.replaced");
            case RELEASED -> t("patronage.ui.curator.end.released");
            case CASE_CLOSED -> t("patronage.ui.curator.end.caseClosed");
            default -> reason;
        };
    }

    /** With whom the contact was. */
    public static String party(ContactParty party) {
        if (party == null) {
            return "";
        }
        return switch (party) {
            case PUPIL -> t("patronage.ui.contact.party.pupil");
            case PARENTS -> t("patronage.ui.contact.party.parents");
            case SUBJECT_TEACHER -> t("patronage.ui.contact.party.subjectTeacher");
            case OTHER -> t("patronage.ui.contact.party.other");
        };
    }

    /** How the contact took place. */
    public static String form(ContactForm form) {
        if (form == null) {
            return "";
        }
        return switch (form) {
            case MEETING -> t("patronage.ui.contact.form.meeting");
            case PHONE -> t("patronage.ui.contact.form.phone");
            case HOME_VISIT -> t("patronage.ui.contact.form.homeVisit");
            case MESSAGE -> t("patronage.ui.contact.form.message");
            case OTHER -> t("patronage.ui.contact.form.other");
        };
    }

    /** The kind of help (003 section 1.2). */
    public static String help(HelpKind help) {
        if (help == null) {
            return "";
        }
        return switch (help) {
            case PSYCHOLOGICAL_PEDAGOGICAL -> t("patronage.ui.help.psychologicalPedagogical");
            case SOCIAL -> t("patronage.ui.help.social");
            case MEDICAL -> t("patronage.ui.help.medical");
        };
    }

    /** "01.09.2026 - 28.02.2027", one day alone, or "since 01.09.2026" while the end is open. */
    public static String period(LocalDate from, LocalDate to) {
        if (from == null) {
            return Dates.format(to);
        }
        if (to == null) {
            return t("patronage.ui.since", Dates.format(from));
        }
        if (to.equals(from)) {
            return Dates.format(from);
        }
        return t("patronage.ui.period", Dates.format(from), Dates.format(to));
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
