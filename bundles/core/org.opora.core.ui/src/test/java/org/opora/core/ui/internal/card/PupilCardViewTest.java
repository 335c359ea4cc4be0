package org.opora.core.ui.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeSections;
import org.opora.core.ui.testing.FakeClasses;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class PupilCardViewTest {

    private final Pupil ivanov = Data.pupil(1, "Ivanov", Data.CLASS_7B);
    private final List<String> calls = new ArrayList<>();
    private boolean editable;
    private final FakePupils pupils = new FakePupils() {
        @Override
        public PupilCard card(long id) {
            calls.add("card " + id);
            if (id != 1) {
                throw new NotFoundException("core.pupil", id);
            }
            return Data.card(ivanov, editable);
        }

        @Override
        public Pupil update(long id, long version, PupilDraft draft) {
            calls.add("update " + id + " " + version + " " + draft.name().surname());
            throw new ConflictException();
        }

        @Override
        public Representative updateRepresentative(long id, long version, RepresentativeDraft draft) {
            calls.add("representative " + id + " " + version + " " + draft.email());
            throw new ValidationException("email", "core.error.email", draft.email());
        }
    };
    private final FakeClasses classes = new FakeClasses() {
        @Override
        public List<SchoolClass> classes(AcademicYear year) {
            return List.of(Data.CLASS_7B, Data.CLASS_8A);
        }
    };
    private final FakeSections sections = new FakeSections();
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void ui() {
        TestUi.open();
        sections.install("consilium", 200, id -> {
            created.add(id);
            Span s = new Span("meetings of " + id);
            s.setId("consilium-content");
            return s;
        });
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private PupilCardView open(long id, SecurityContext user) {
        PupilCardView view = new PupilCardView(new PupilCardView.Services(pupils, classes, new FakeSchool(),
                Data.lists()), sections, user);
        view.setParameter(null, id);
        UI.getCurrent().add(view);
        TestUi.roundTrip();
        return view;
    }

    private static List<String> tabIds() {
        TabSheet tabs = TestUi.find("pupil-tabs", TabSheet.class);
        return IntStream.range(0, tabs.getTabCount()).mapToObj(i -> tabs.getTabAt(i).getId().orElse("?")).toList();
    }

    @Test
    void theCardShowsThePupilAndTheModuleTabsAfterTheCoreTabs() {
        open(1, Data.user(CorePermissions.PUPIL_READ));
        assertEquals("Ivanov Ivan Petrovich", TestUi.find("pupil-name", H2.class).getText());
        assertEquals(List.of("pupil-tab-main", "pupil-tab-representatives", "pupil-tab-placements",
                "pupil-tab-module-consilium"), tabIds());
        assertEquals(List.of("card 1"), calls);
        assertTrue(created.isEmpty(), "a module's content is made only when its tab is opened");
        TabSheet tabs = TestUi.find("pupil-tabs", TabSheet.class);
        tabs.setSelectedIndex(3);
        assertEquals(List.of(1L), created);
        assertTrue(TestUi.ids().contains("consilium-content"));
        tabs.setSelectedIndex(0);
        tabs.setSelectedIndex(3);
        assertEquals(List.of(1L), created, "made once");
    }

    @Test
    void moduleTabsComeAndGoWhileTheCardIsOpen() {
        PupilCardView view = open(1, Data.user(CorePermissions.PUPIL_READ));
        sections.install("patronage", 300, id -> new Span("patronage"));
        assertEquals(List.of("pupil-tab-main", "pupil-tab-representatives", "pupil-tab-placements",
                "pupil-tab-module-consilium", "pupil-tab-module-patronage"), tabIds());
        sections.uninstall("consilium");
        assertEquals(List.of("pupil-tab-main", "pupil-tab-representatives", "pupil-tab-placements",
                "pupil-tab-module-patronage"), tabIds());
        assertEquals(1, sections.listeners());
        UI.getCurrent().remove(view);
        assertEquals(0, sections.listeners(), "the card stops listening when it is closed");
    }

    @Test
    void anUnknownPupilIsReportedAsNotFound() {
        open(999, Data.user(CorePermissions.PUPIL_READ));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("pupil-not-found"), ids.toString());
        assertFalse(ids.contains("pupil-tabs"));
    }

    @Test
    void aReaderCannotEditAndSeesNoFlags() {
        editable = false;
        open(1, Data.user(CorePermissions.PUPIL_READ));
        TestUi.find("pupil-tabs", TabSheet.class).setSelectedIndex(1);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("representatives-grid"), ids.toString());
        for (String hidden : List.of("pupil-save", "representative-add", "representative-edit-0",
                "pupil-tab-flags", "pupil-tab-archive")) {
            assertFalse(ids.contains(hidden), hidden);
        }
        assertTrue(TestUi.find("pupil-surname", TextField.class).isReadOnly());
    }

    @Test
    void aReaderIsToldWhoChangesTheCardTheEditorIsNot() {
        editable = false;
        open(1, Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL));
        assertEquals("!{core.ui.card.readOnly}!", TestUi.find("pupil-read-only", Paragraph.class).getText(),
                "the class teacher is named");
        TestUi.find("pupil-tabs", TabSheet.class).setSelectedIndex(1);
        assertTrue(TestUi.ids().contains("representatives-read-only"), TestUi.ids().toString());
        TestUi.close();
        TestUi.open();
        editable = true;
        open(1, Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_EDIT));
        TestUi.find("pupil-tabs", TabSheet.class).setSelectedIndex(1);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("pupil-save", "representative-add")), ids.toString());
        assertFalse(ids.contains("pupil-read-only") || ids.contains("representatives-read-only"), ids.toString());
    }

    @Test
    void flagsAndArchiveNeedTheirPermissions() {
        editable = true;
        open(1, Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_FLAGS, CorePermissions.PUPIL_ARCHIVE));
        assertEquals(List.of("pupil-tab-main", "pupil-tab-representatives", "pupil-tab-flags",
                "pupil-tab-placements", "pupil-tab-archive", "pupil-tab-module-consilium"), tabIds());
        TestUi.find("pupil-tabs", TabSheet.class).setSelectedIndex(2);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("pupil-flag-ovz", "flags-grid", "flag-set", "flag-clear-ovz",
                "archive-save")), ids.toString());
        @SuppressWarnings("unchecked")
        ComboBox<ListItem> flag = TestUi.find("flag-code", ComboBox.class);
        assertEquals(List.of("risk"), flag.getListDataView().getItems().map(ListItem::code).toList(),
                "a flag that applies cannot be set again");
    }

    @Test
    void theStatusAndArchiveFormsMarkEveryEmptyInputAtOnce() {
        editable = true;
        open(1, Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_FLAGS, CorePermissions.PUPIL_ARCHIVE));
        TestUi.find("pupil-tabs", TabSheet.class).setSelectedIndex(2);
        TestUi.find("flag-date", com.vaadin.flow.component.datepicker.DatePicker.class).clear();
        TestUi.find("flag-set", com.vaadin.flow.component.button.Button.class).click();
        assertTrue(TestUi.find("flag-code", ComboBox.class).isInvalid()
                && TestUi.find("flag-date", com.vaadin.flow.component.datepicker.DatePicker.class).isInvalid());
        TestUi.find("pupil-tabs", TabSheet.class).setSelectedIndex(4);
        TestUi.find("archive-date", com.vaadin.flow.component.datepicker.DatePicker.class).clear();
        TestUi.find("archive-save", com.vaadin.flow.component.button.Button.class).click();
        assertTrue(TestUi.find("archive-date", com.vaadin.flow.component.datepicker.DatePicker.class).isInvalid(),
                "date");
        assertTrue(TestUi.find("archive-reason", com.vaadin.flow.component.textfield.TextField.class).isInvalid(),
                "reason");
    }

    @Test
    void aConcurrentChangeOffersToReload() {
        editable = true;
        open(1, Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_EDIT));
        TestUi.find("pupil-surname", TextField.class).setValue("Ivanova");
        TestUi.find("pupil-save", Button.class).click();
        assertEquals(List.of("card 1", "update 1 4 Ivanova"), calls);
        TestUi.find("conflict-confirm", Button.class).click();
        assertEquals(List.of("card 1", "update 1 4 Ivanova", "card 1"), calls);
        assertEquals("Ivanov", TestUi.find("pupil-surname", TextField.class).getValue(), "fresh data shown");
    }

    @Test
    void aRepresentativesWrongEmailIsShownOnTheEmailField() {
        editable = true;
        open(1, Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_EDIT));
        TestUi.find("pupil-tabs", TabSheet.class).setSelectedIndex(1);
        TestUi.find("representative-edit-0", Button.class).click();
        assertEquals("Ivanova Maria", TestUi.find("representative-name", TextField.class).getValue());
        TestUi.find("representative-email", TextField.class).setValue("maria@exampel.org");
        TestUi.find("representative-save", Button.class).click();
        assertEquals("representative 31 2 maria@exampel.org", calls.get(calls.size() - 1));
        TextField email = TestUi.find("representative-email", TextField.class);
        assertTrue(email.isInvalid());
        assertTrue(email.getErrorMessage().contains("core.error.email"), email.getErrorMessage());
    }
}
