package org.opora.programmes.ui.internal.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.opora.core.kit.Dates;
import org.opora.programmes.api.ProgrammeState;

/**
 * How the programmes' views name things: the routes of the pages, the state of a programme or plan as a word and
 * as a badge, a period, a moment, and the restriction mark regulation 002 puts on every programme.
 */
public final class ProgrammeTexts {

    /** Route of the programmes list. */
    public static final String LIST_ROUTE = "programmes";
    /** Route of one programme's page; the id follows, e.g. {@code programmes/programme/12}. */
    public static final String PROGRAMME_ROUTE = "programmes/programme";
    /** Route of one individual plan's page; the id follows. */
    public static final String PLAN_ROUTE = "programmes/plan";

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(Dates.PATTERN + " HH:mm");

    private ProgrammeTexts() {
    }

    /** The address of a programme's page. */
    public static String programmeHref(long programmeId) {
        return PROGRAMME_ROUTE + "/" + programmeId;
    }

    /** The address of an individual plan's page. */
    public static String planHref(long planId) {
        return PLAN_ROUTE + "/" + planId;
    }

    /** The state in the user's language; empty for none. */
    public static String state(ProgrammeState state) {
        return state == null ? "" : t(state.labelKey());
    }

    /** The state as a badge: drafts neutral, approved and running green, finished grey, a refusal red. */
    public static Span badge(ProgrammeState state, String id) {
        Span badge = new Span(state(state));
        badge.setId(id);
        String theme = switch (state) {
            case APPROVED, IN_PROGRESS, CONSENT_GIVEN -> "badge success";
            case CONSENT_REFUSED -> "badge error";
            case CLOSED, EXTENDED, CHANGED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** "01.09.2026 - 28.02.2027"; what is known of an unfinished period. */
    public static String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        return t("programmes.ui.period", Dates.format(start), Dates.format(end));
    }

    /** A moment as {@code dd.MM.yyyy HH:mm} in the server's time zone; empty for none. */
    public static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(ZoneId.systemDefault()));
    }

    /** A long dash for an empty value. */
    public static String dash(String text) {
        return text == null || text.isEmpty() ? "\u2014" : text;
    }

    /** The mark "for official use only" (regulation 002) that every screen of a programme shows. */
    public static Span restricted() {
        Span mark = new Span(t("programmes.ui.restricted"));
        mark.setId("programme-restricted");
        mark.getElement().getThemeList().add("badge error");
        return mark;
    }

    /** A link inside the application that the router follows without reloading the page. */
    public static Anchor link(String id, String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
