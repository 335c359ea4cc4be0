package org.opora.platform.benchfloor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;

class FloorViewTest {

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void eachPageHasTheNavTheGridAndTheForm() {
        for (Supplier<FloorPage> page : List.<Supplier<FloorPage>>of(FloorView::new, FloorView2::new)) {
            TestUi.open().add(page.get());
            assertTrue(TestUi.ids(UI.getCurrent()).containsAll(Set.of("bench-floor-nav", "bench-floor-grid",
                    "bench-floor-name", "bench-floor-save", "bench-floor-answer")));
            TestUi.close();
        }
    }

    @Test
    void theSideNavLeadsToBothPages() {
        TestUi.open().add(new FloorView());
        List<String> paths = TestUi.find("bench-floor-nav", SideNav.class).getItems().stream()
                .map(SideNavItem::getPath).toList();
        assertEquals(List.of("bench/floor", "bench/floor2"), paths);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGridShowsThreeFixedRows() {
        TestUi.open().add(new FloorView2());
        List<FloorPage.Row> rows = TestUi.items(TestUi.find("bench-floor-grid", Grid.class));
        assertEquals(List.of(1, 2, 3), rows.stream().map(FloorPage.Row::number).toList());
    }

    @Test
    void savingTheFormAnswersOnThePage() {
        TestUi.open().add(new FloorView());
        Span answer = TestUi.find("bench-floor-answer", Span.class);
        assertTrue(answer.getText().isEmpty());
        TestUi.find("bench-floor-name", TextField.class).setValue("Ann");
        TestUi.find("bench-floor-save", Button.class).click();
        assertFalse(answer.getText().isEmpty());
    }

    @Test
    void eachPageHasItsOwnViewTypeAndRoute() {
        assertEquals(FloorView.class, new FloorViewContribution().viewType());
        assertEquals(FloorView2.class, new Floor2ViewContribution().viewType());
        assertEquals("bench/floor", FloorViewContribution.ROUTE);
        assertEquals("bench/floor2", Floor2ViewContribution.ROUTE);
    }
}
