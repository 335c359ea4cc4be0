package org.opora.programmes.ui.internal.card;

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
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.ui.internal.fake.Data;
import org.opora.programmes.ui.internal.fake.FakePlans;
import org.opora.programmes.ui.internal.fake.FakeProgrammes;
import org.opora.platform.ui.testing.TestUi;

class ProgrammesCardSectionTest {

    private final List<String> calls = new ArrayList<>();
    private List<ProgrammeSummary> list = List.of(Data.summary(12, true), Data.summary(13, false));
    private final FakeProgrammes programmes = new FakeProgrammes() {
        @Override
        public List<ProgrammeSummary> ofPupil(long pupilId) {
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

    private List<IndividualPlan> planList = List.of();
    private final FakePlans plans = new FakePlans() {
        @Override
        public List<IndividualPlan> ofPupil(long pupilId) {
            calls.add("plans " + pupilId);
            return planList;
        }
    };

    private void open() {
        UI.getCurrent().add(new ProgrammesCardSection(programmes, plans).create(1));
        TestUi.roundTrip();
    }

    @Test
    void aReadableProgrammeLinksToItsPageAndAnotherShowsOnlyThatItExists() {
        open();
        assertEquals(List.of("ofPupil 1", "plans 1"), calls);
        assertFalse(TestUi.ids().contains("programmes-card-plans"), "no plans, no plans grid");
        assertEquals("programmes/programme/12", TestUi.find("programmes-card-programme-12", Anchor.class).getHref());
        Span existence = TestUi.find("programmes-card-existence-13", Span.class);
        assertEquals("!{programmes.ui.card.existence}!", existence.getText());
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("programmes-card-programme-13") || ids.contains("programmes-card-existence-12"),
                ids.toString());
        assertTrue(ids.contains("programme-restricted"));
    }

    @Test
    void theIndividualPlansTheUserMayReadLinkToTheirPages() {
        list = List.of();
        planList = List.of(Data.plan(ProgrammeState.APPROVED));
        open();
        assertEquals("programmes/plan/8", TestUi.find("programmes-card-plan-8", Anchor.class).getHref());
        assertFalse(TestUi.ids().contains("programmes-card-grid"), "no programmes, no programmes grid");
        assertTrue(TestUi.ids().contains("programme-restricted"));
    }

    @Test
    void aPupilWithoutProgrammesIsToldSo() {
        list = List.of();
        open();
        assertTrue(TestUi.ids().contains("programmes-card-nothing"));
        assertFalse(TestUi.ids().contains("programmes-card-grid"));
    }
}
