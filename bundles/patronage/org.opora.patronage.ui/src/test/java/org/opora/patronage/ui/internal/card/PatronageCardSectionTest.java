package org.opora.patronage.ui.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.ui.internal.fake.Data;
import org.opora.patronage.ui.internal.fake.FakeCases;
import org.opora.patronage.ui.internal.fake.FakeSettings;
import org.opora.platform.ui.testing.TestUi;

/** The pupil card's patronage tab: a link to a readable case, only the existence of another. */
class PatronageCardSectionTest {

    private final List<String> calls = new ArrayList<>();
    private List<CaseSummary> list = List.of(Data.summary(12, true));
    private final FakeCases cases = new FakeCases() {
        @Override
        public List<CaseSummary> ofPupil(long pupilId) {
            calls.add("ofPupil " + pupilId);
            return list;
        }
    };

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private void open() {
        UI.getCurrent().add(new PatronageCardSection(cases, new FakeSettings()).create(1));
        TestUi.roundTrip();
    }

    @Test
    void aReadableCaseLinksToItsPage() {
        open();
        assertEquals(List.of("ofPupil 1"), calls);
        assertEquals("patronage/case/12", TestUi.find("patronage-card-case-12", Anchor.class).getHref());
        assertFalse(TestUi.ids().contains("patronage-card-existence-12"));
    }

    @Test
    void aClassTeacherLearnsOnlyThatThePupilIsUnderPatronage() {
        list = List.of(Data.summary(13, false));
        open();
        Span existence = TestUi.find("patronage-card-existence-13", Span.class);
        assertEquals("!{patronage.ui.card.existence}!", existence.getText());
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("patronage-card-case-13"), ids.toString());
        assertFalse(TestUi.all(UI.getCurrent()).anyMatch(Anchor.class::isInstance), "no link at all");
    }

    @Test
    void aPupilNeverUnderPatronageIsToldSo() {
        list = List.of();
        open();
        assertTrue(TestUi.ids().contains("patronage-card-nothing"));
        assertFalse(TestUi.ids().contains("patronage-card-grid"));
    }
}
