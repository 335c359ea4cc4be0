package org.opora.teachersupport.ui.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.record.SupportSummary;
import org.opora.teachersupport.ui.internal.fake.Data;
import org.opora.teachersupport.ui.internal.fake.FakeRecords;

/** The staff card's tab: the teacher's records the user may read, each linked to its page. */
class TeacherSupportCardSectionTest {

    private final List<String> calls = new ArrayList<>();
    private List<SupportSummary> list = List.of(Data.summary(12, SupportStatus.CONCLUDED),
            Data.summary(14, SupportStatus.IN_PROGRESS));
    private final FakeRecords records = new FakeRecords() {
        @Override
        public List<SupportSummary> ofTeacher(long teacherId) {
            calls.add("ofTeacher " + teacherId);
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
        UI.getCurrent().add(new TeacherSupportCardSection(records).create(7));
        TestUi.roundTrip();
    }

    @Test
    void eachRecordLinksToItsPage() {
        open();
        assertEquals(List.of("ofTeacher 7"), calls);
        assertEquals("teacher-support/record/12", TestUi.find("ts-card-record-12", Anchor.class).getHref());
        assertEquals("teacher-support/record/14", TestUi.find("ts-card-record-14", Anchor.class).getHref());
    }

    @Test
    void aTeacherWithoutRecordsTheUserMayReadIsToldSo() {
        list = List.of();
        open();
        assertTrue(TestUi.ids().contains("ts-card-nothing"));
        assertFalse(TestUi.ids().contains("ts-card-grid"));
    }
}
