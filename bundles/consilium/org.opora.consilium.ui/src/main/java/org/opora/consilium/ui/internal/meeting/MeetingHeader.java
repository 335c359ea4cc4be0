package org.opora.consilium.ui.internal.meeting;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.core.kit.Dates;

/** The top of the meeting page: number and date, kind, status, chair, secretary and place. */
class MeetingHeader extends Div {

    private static final long serialVersionUID = 1L;

    MeetingHeader(Meeting m, ConsiliumSettings settings) {
        setId("meeting-header");
        H2 title = new H2(MeetingTexts.title(m));
        title.setId("meeting-title");
        title.getStyle().set("margin-bottom", "0");
        HorizontalLayout top = new HorizontalLayout(title, MeetingTexts.badge(m.status(), "meeting-status"));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout facts = new HorizontalLayout(
                kind(m, settings),
                fact("meeting-when", "consilium.ui.meeting.header.when", Dates.format(m.date()),
                        m.time().isEmpty() ? "" : m.time()),
                fact("meeting-chair-name", "consilium.ui.meeting.header.chair", dash(m.chairName())),
                fact("meeting-secretary-name", "consilium.ui.meeting.header.secretary", dash(m.secretaryName())),
                fact("meeting-place-label", "consilium.ui.meeting.header.place", dash(m.place())));
        facts.getStyle().set("flex-wrap", "wrap").set("color", "var(--lumo-secondary-text-color)");
        add(top, facts);
    }

    /** "Planned (mental-health monitoring)": a planned meeting names the survey that prompted it. */
    private Span kind(Meeting m, ConsiliumSettings settings) {
        String kind = MeetingTexts.kind(m.kind());
        return m.monitoring().isEmpty() ? fact("meeting-kind-label", "consilium.ui.meeting.header.kind", kind)
                : fact("meeting-kind-label", "consilium.ui.meeting.header.kindMonitoring", kind,
                        ConsiliumSettings.label(settings.monitoringKinds(), m.monitoring()));
    }

    private static String dash(String text) {
        return text.isEmpty() ? "\u2014" : text;
    }

    private Span fact(String id, String key, Object... params) {
        Span s = new Span(getTranslation(key, params));
        s.setId(id);
        return s;
    }
}
