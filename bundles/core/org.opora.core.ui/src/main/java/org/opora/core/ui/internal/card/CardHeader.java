package org.opora.core.ui.internal.card;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.kit.Dates;

/** The top of the pupil card: name, class, date of birth and age, class teacher, and whether the pupil left. */
class CardHeader extends Div {

    private static final long serialVersionUID = 1L;

    CardHeader(PupilCard card) {
        setId("pupil-header");
        Pupil p = card.pupil();
        H2 name = new H2(p.name().full());
        name.setId("pupil-name");
        name.getStyle().set("margin-bottom", "0");
        HorizontalLayout title = new HorizontalLayout(name);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (p.archived()) {
            Span badge = new Span(getTranslation("core.ui.card.archived"));
            badge.setId("pupil-archived");
            badge.getElement().getThemeList().add("badge contrast");
            title.add(badge);
        }
        HorizontalLayout facts = new HorizontalLayout(
                fact("pupil-class", "core.ui.card.class", p.className().isEmpty() ? "—" : p.className()),
                fact("pupil-birth", "core.ui.card.birth", Dates.format(p.birthDate()),
                        String.valueOf(Dates.age(p.birthDate(), LocalDate.now()))),
                fact("pupil-class-teacher", "core.ui.card.classTeacher",
                        p.classTeacher().isEmpty() ? "—" : p.classTeacher()));
        facts.getStyle().set("flex-wrap", "wrap").set("color", "var(--lumo-secondary-text-color)");
        add(title, facts);
        if (p.archived()) {
            facts.add(fact("pupil-left", "core.ui.card.left", Dates.format(card.leftOn()), card.leftReason()));
        }
    }

    private Span fact(String id, String key, Object... params) {
        Span s = new Span(getTranslation(key, params));
        s.setId(id);
        return s;
    }
}
