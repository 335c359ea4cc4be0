package org.opora.consilium.ui.internal.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.core.kit.Dates;

/** The labels of the meeting's enumerations and the small texts the meeting views share, in the user's language. */
final class MeetingTexts {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(Dates.PATTERN + " HH:mm");

    private MeetingTexts() {
    }

    static String kind(MeetingKind kind) {
        return kind == null ? "" : t("consilium.ui.meeting.kind." + kind.name());
    }

    static String status(MeetingStatus status) {
        return status == null ? "" : t("consilium.ui.meeting.status." + status.name());
    }

    static String reason(AgendaReason reason) {
        return reason == null ? "" : t("consilium.ui.meeting.reason." + reason.name());
    }

    static String attendance(Attendance attendance) {
        return t("consilium.ui.meeting.attendance." + attendance.name());
    }

    /** "No. 5 of 12.03.2027". */
    static String title(Meeting m) {
        return t("consilium.ui.meeting.title", m.number(), Dates.format(m.date()));
    }

    /** A shortfall of the protocol in words. */
    static String shortfall(Shortfall s) {
        return UI.getCurrent().getTranslation(s.messageKey(), s.params().toArray());
    }

    /** A moment as {@code dd.MM.yyyy HH:mm} in the server's time zone; empty for none. */
    static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(ZoneId.systemDefault()));
    }

    /** The status as a badge: in preparation neutral, finalised green, cancelled grey. */
    static Span badge(MeetingStatus status, String id) {
        Span badge = new Span(status(status));
        badge.setId(id);
        String theme = switch (status) {
            case PREPARATION -> "badge";
            case FINALISED -> "badge success";
            case CANCELLED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
