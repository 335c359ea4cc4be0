package org.opora.teachersupport.ui.internal.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.year.DevelopmentNeed;
import org.opora.teachersupport.api.year.YearSummary;
import org.opora.teachersupport.ui.internal.fake.Data;
import org.opora.teachersupport.ui.internal.fake.FakeSettings;

/** The year's summary: teachers supported, by difficulty type, outcomes, development needs. */
class YearViewTest {

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void theSummaryShowsEveryFigureAndLinksTheTeachersWhoNeedDevelopment() {
        YearSummary summary = new YearSummary(2025, 4, Map.of(SupportStatus.IN_PROGRESS, 3,
                SupportStatus.CONCLUDED, 1), Data.difficulties(), Map.of(Verdict.SUCCESSFUL, 1),
                Map.of(ProblemsRemoved.PARTLY, 1), Map.of(TeacherNeed.PROFESSIONAL_DEVELOPMENT, 1),
                List.of(new DevelopmentNeed(12, "Sokolova Olga Petrovna", "Courses on lesson design")));
        UI.getCurrent().add(new YearView(y -> summary, new FakeSettings()));
        TestUi.roundTrip();
        assertEquals("!{teachersupport.ui.year.teachers}!", TestUi.find("ts-year-teachers", Paragraph.class).getText());
        @SuppressWarnings("unchecked")
        Grid<YearView.Figure> difficulty = TestUi.find("ts-year-difficulty", Grid.class);
        assertEquals(List.of(new YearView.Figure("Methodological", 3), new YearView.Figure("Organisational", 1)),
                TestUi.items(difficulty));
        @SuppressWarnings("unchecked")
        Grid<YearView.Figure> verdicts = TestUi.find("ts-year-verdicts", Grid.class);
        assertEquals(3, TestUi.items(verdicts).size(), "every verdict, counted or not");
        assertTrue(TestUi.items(verdicts).contains(new YearView.Figure("!{teachersupport.ui.verdict.SUCCESSFUL}!", 1)));
        assertEquals("teacher-support/record/12", TestUi.find("ts-year-record-12", Anchor.class).getHref());
    }
}
