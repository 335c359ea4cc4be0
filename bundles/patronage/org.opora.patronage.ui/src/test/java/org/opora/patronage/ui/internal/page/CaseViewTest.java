package org.opora.patronage.ui.internal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.testing.FakeOrders;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.link.RelatedRecord;
import org.opora.patronage.api.link.RelatedRecords;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.AssignmentDraft;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.TeamMember;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.ui.internal.fake.Data;
import org.opora.patronage.ui.internal.fake.FakeCases;
import org.opora.patronage.ui.internal.fake.FakeContacts;
import org.opora.patronage.ui.internal.fake.FakeCurators;
import org.opora.patronage.ui.internal.fake.FakeLegal;
import org.opora.patronage.ui.internal.fake.FakePlan;
import org.opora.patronage.ui.internal.fake.FakeReports;
import org.opora.patronage.ui.internal.fake.FakeSettings;
import org.opora.patronage.ui.internal.fake.FakeTeam;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

/**
 * The case page clicked as its users would: the coordinator, the director, a curator, a member of the micro-team,
 * the responsible specialist, and a class teacher who may not read the case.
 */
class CaseViewTest {

    private static final SecurityContext COORDINATOR = Data.user("socped", PatronagePermissions.ACCESS,
            PatronagePermissions.WORK, PatronagePermissions.COORDINATE);
    private static final SecurityContext DIRECTOR = Data.user("director", Set.of("director"),
            PatronagePermissions.ACCESS, PatronagePermissions.COORDINATE, PatronagePermissions.READ_ALL);
    private static final SecurityContext CURATOR = Data.user("curator", PatronagePermissions.ACCESS,
            PatronagePermissions.WORK);

    private final List<String> calls = new ArrayList<>();
    private PatronageCase patronageCase = Data.patronageCase(true, true, true);
    private boolean denied;
    /** The other modules' records about the pupil that are installed (none unless a test says so). */
    private List<RelatedRecords> related = List.of();
    private final FakeCases cases = new FakeCases() {
        @Override
        public PatronageCase get(long id) {
            calls.add("get " + id);
            if (denied) {
                throw new AccessDeniedException(PatronagePermissions.READ_ALL);
            }
            return patronageCase;
        }

        @Override
        public PatronageCase close(long id, long version, LocalDate on, String reason) {
            calls.add("close " + id + " " + version + " " + on + " " + reason);
            return patronageCase;
        }
    };
    private final FakeCurators curators = new FakeCurators() {
        @Override
        public List<Curator> curators(long caseId) {
            return List.of(Data.curator(), Data.formerCurator());
        }

        @Override
        public Curator appoint(long caseId, CuratorDraft d) {
            calls.add("appoint " + caseId + " " + d.kind() + " " + d.staffId() + " " + d.name() + " " + d.orderId()
                    + " " + d.from());
            return Data.curator();
        }
    };
    private final FakeTeam team = new FakeTeam() {
        @Override
        public List<TeamMember> members(long caseId) {
            return List.of(new TeamMember(51, 12, Data.TEACHER.id(), Data.TEACHER.name().full(), "class teacher",
                    Data.OPENED, null, 1));
        }

        @Override
        public List<Assignment> assignments(long caseId) {
            return List.of(new Assignment(61, 12, "psychologist", Data.PSYCHOLOGIST.id(),
                    Data.PSYCHOLOGIST.name().full(), "Diagnose anxiety", Data.OPENED.plusDays(1), "", null, 1));
        }

        @Override
        public Assignment assign(long caseId, AssignmentDraft d) {
            calls.add("assign " + caseId + " " + d.specialistType() + " " + d.staffId() + " " + d.external() + " / "
                    + d.request() + " " + d.requestedOn());
            return assignments(caseId).get(0);
        }
    };
    private final FakePlan plan = new FakePlan() {
        @Override
        public List<WorkItem> plan(long caseId) {
            return List.of(Data.row());
        }

        @Override
        public WorkItem add(long caseId, WorkItemDraft d) {
            calls.add("add " + caseId + " " + d.activity() + " / " + d.form() + " " + d.from() + " " + d.to() + " "
                    + d.responsibleId() + " " + d.help() + " " + d.direction() + " " + d.plannedResult());
            return Data.row();
        }

        @Override
        public WorkItem markDone(long itemId, long version, LocalDate on, String result) {
            calls.add("markDone " + itemId + " " + version + " " + on + " " + result);
            return Data.row();
        }
    };
    private final FakeContacts contacts = new FakeContacts() {
        @Override
        public List<Contact> contacts(long caseId) {
            return List.of(Data.contact());
        }

        @Override
        public List<Interaction> agencyInteractions(long caseId) {
            return List.of(new Interaction(71, Data.OPENED.plusDays(5), 3, "KDN i ZP", 1L,
                    Data.IVANOV.name().full(), "Truancy", "Warned", "", null, "Belov", 1));
        }

        @Override
        public Contact log(long caseId, ContactDraft d) {
            calls.add("log " + caseId + " " + d.date() + " " + d.party() + " " + d.person() + " " + d.form() + " "
                    + d.content() + " / " + d.nextStep() + " " + d.nextDue());
            return Data.contact();
        }
    };
    private final FakeLegal legal = new FakeLegal();
    private List<CuratorReport> reportList = List.of(Data.report(null, false));
    private Optional<LocalDate> reportDue = Optional.of(LocalDate.now().minusDays(2));
    private final FakeReports reports = new FakeReports() {
        @Override
        public List<CuratorReport> reports(long caseId) {
            return reportList;
        }

        @Override
        public Optional<LocalDate> nextDue(long caseId) {
            return reportDue;
        }

        @Override
        public CuratorReport submit(long caseId, ReportDraft d) {
            calls.add("submit " + caseId + " " + d.from() + " " + d.to() + " " + d.workDone() + " / " + d.results()
                    + " / " + d.difficulties() + " / " + d.proposals());
            return Data.report(null, false);
        }

        @Override
        public CuratorReport update(long reportId, long version, ReportDraft d) {
            calls.add("update " + reportId + " " + version + " " + d.from() + " " + d.to() + " " + d.workDone());
            return Data.report(null, false);
        }
    };
    private final FakeOrders orders = new FakeOrders() {
        @Override
        public List<Order> find(String text, int offset, int limit) {
            return offset == 0 ? List.of(Data.ORDER) : List.of();
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

    /** The core's directions of work as a school titled them. */
    private static final ReferenceLists DIRECTIONS = (list, locale) -> list == ReferenceList.DIRECTIONS
            ? List.of(new ListItem("diagnostics", "Diagnostics"), new ListItem("education", "Education"),
                    new ListItem("counselling", "Counselling"), new ListItem("prevention", "Prevention"),
                    new ListItem("social-protection", "Social protection"))
            : List.of();

    private void open(SecurityContext user) {
        CaseView view = new CaseView(new CaseView.Services(cases, curators, team, plan, contacts, legal, legal,
                reports, new FakeSettings(), new FakeStaff(Data.STAFF), orders, new FakePrinting(), DIRECTIONS, user,
                () -> related));
        UI.getCurrent().add(view);
        view.show(12L);
        TestUi.roundTrip();
    }

    /** Shows the tab (0 curators, 1 team, 2 plan, 3 contacts, 4 KDN and court, 5 reports), as a user's click would. */
    private static void tab(int index) {
        TestUi.find("patronage-case-tabs", TabSheet.class).setSelectedIndex(index);
        TestUi.roundTrip();
    }

    /** The ids of all five tabs, each shown in turn. */
    private static Set<String> allIds() {
        Set<String> ids = new java.util.TreeSet<>();
        for (int i = 0; i < 5; i++) {
            tab(i);
            ids.addAll(TestUi.ids());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        return TestUi.items(TestUi.find(gridId, Grid.class));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return TestUi.find(id, ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return TestUi.find(id, Select.class);
    }

    @Test
    void theCoordinatorSeesTheHeaderTheCuratorsThePlanAndTheContacts() {
        open(COORDINATOR);
        Set<String> ids = allIds();
        assertTrue(ids.containsAll(Set.of("patronage-case-header", "patronage-case-title", "patronage-case-state",
                "patronage-header-class-teacher", "patronage-header-category", "patronage-header-opened",
                "patronage-header-curators", "patronage-header-grounds", "patronage-case-tabs",
                "patronage-tab-curators", "patronage-tab-team", "patronage-tab-plan", "patronage-tab-contacts",
                "patronage-curators-grid", "patronage-team-grid", "patronage-assignments-grid",
                "patronage-plan-grid", "patronage-contacts-grid", "patronage-agencies-grid", "patronage-agencies-hint",
                "patronage-case-edit", "patronage-case-close", "patronage-add-row", "patronage-add-member",
                "patronage-assign-specialist", "patronage-log-contact", "patronage-row-overdue-1",
                "patronage-row-edit-1", "patronage-row-remove-1", "patronage-row-done-1",
                "patronage-member-end-51", "patronage-assignment-outcome-61")), ids.toString());
        assertFalse(ids.contains("patronage-appoint-curator") || ids.contains("patronage-curator-replace-21"),
                "the director appoints curators");
        assertFalse(ids.contains("patronage-header-closed"), "the case is open");
        assertFalse(ids.contains("patronage-plan-read-only"), "the keeper is not told who keeps the plan");
        assertEquals("!{patronage.ui.case.header.category}!",
                TestUi.find("patronage-header-category", Span.class).getText());
        assertEquals(List.of(Data.curator(), Data.formerCurator()), rows("patronage-curators-grid"));
        assertEquals(List.of(Data.row()), rows("patronage-plan-grid"));
        assertEquals(List.of(Data.contact()), rows("patronage-contacts-grid"));
        assertEquals(1, rows("patronage-agencies-grid").size());
        assertEquals(List.of("get 12"), calls);
    }

    @Test
    void theCuratorAddsARowToTheWorkPlan() {
        patronageCase = Data.patronageCase(true, false, true);
        open(CURATOR);
        Set<String> ids = allIds();
        assertFalse(ids.contains("patronage-case-edit") || ids.contains("patronage-case-close"),
                "only the coordinator keeps the case");
        tab(2);
        TestUi.find("patronage-add-row", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-row-dialog", "patronage-row-activity",
                "patronage-row-form", "patronage-row-from", "patronage-row-to", "patronage-row-responsible",
                "patronage-row-help", "patronage-row-direction", "patronage-row-planned", "patronage-row-save")));
        assertEquals(Data.CURATOR, combo("patronage-row-responsible").getValue(), "the curator by default");
        TestUi.find("patronage-row-activity", TextField.class).setValue("Visit the family");
        TestUi.find("patronage-row-save", Button.class).click();
        assertTrue(TestUi.find("patronage-row-form", TextField.class).isInvalid(), "the form of work is required");
        TestUi.find("patronage-row-form", TextField.class).setValue("home visit");
        LocalDate from = LocalDate.now().plusDays(3);
        TestUi.find("patronage-row-from", DatePicker.class).setValue(from);
        this.<HelpKind>select("patronage-row-help").setValue(HelpKind.SOCIAL);
        assertEquals("social-protection", combo("patronage-row-direction").getValue(),
                "the kind of help proposes its direction");
        this.<HelpKind>select("patronage-row-help").setValue(HelpKind.PSYCHOLOGICAL_PEDAGOGICAL);
        assertEquals("prevention", combo("patronage-row-direction").getValue(), "a proposal follows the kind");
        combo("patronage-row-direction").setValue("education");
        this.<HelpKind>select("patronage-row-help").setValue(HelpKind.SOCIAL);
        assertEquals("education", combo("patronage-row-direction").getValue(), "a chosen direction is kept");
        TestUi.find("patronage-row-planned", TextArea.class).setValue("Living conditions known");
        TestUi.find("patronage-row-save", Button.class).click();
        assertTrue(calls.contains("add 12 Visit the family / home visit " + from + " null 5 SOCIAL education "
                + "Living conditions known"), calls.toString());
        assertFalse(TestUi.maybe("patronage-row-dialog", Dialog.class).map(Dialog::isOpened).orElse(false),
                "the dialog closes");
    }

    @Test
    void aMemberOfTheMicroTeamLogsAContactButKeepsNoPlan() {
        patronageCase = Data.patronageCase(true, false, true);
        open(Data.user("teacher", PatronagePermissions.ACCESS, PatronagePermissions.WORK,
                PatronagePermissions.EXISTENCE));
        Set<String> ids = allIds();
        assertFalse(ids.contains("patronage-add-row") || ids.contains("patronage-row-edit-1")
                || ids.contains("patronage-add-member"), ids.toString());
        assertEquals("!{patronage.ui.plan.keptBy}!", TestUi.find("patronage-plan-read-only", Paragraph.class)
                .getText(), "told who keeps the plan, naming the curators");
        tab(3);
        TestUi.find("patronage-log-contact", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-contact-dialog", "patronage-contact-date",
                "patronage-contact-party", "patronage-contact-person", "patronage-contact-form",
                "patronage-contact-content", "patronage-contact-next", "patronage-contact-due",
                "patronage-contact-save")));
        this.<ContactParty>select("patronage-contact-party").setValue(ContactParty.PARENTS);
        this.<ContactForm>select("patronage-contact-form").setValue(ContactForm.MEETING);
        TestUi.find("patronage-contact-save", Button.class).click();
        assertTrue(TestUi.find("patronage-contact-content", TextArea.class).isInvalid(), "content required");
        TestUi.find("patronage-contact-person", TextField.class).setValue("Ivanova Maria");
        TestUi.find("patronage-contact-content", TextArea.class).setValue("Agreed on homework control");
        TestUi.find("patronage-contact-next", TextField.class).setValue("Call in a week");
        TestUi.find("patronage-contact-save", Button.class).click();
        assertTrue(TestUi.find("patronage-contact-due", DatePicker.class).isInvalid(), "a next step has a day");
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("log")), calls.toString());
        LocalDate due = LocalDate.now().plusDays(7);
        TestUi.find("patronage-contact-due", DatePicker.class).setValue(due);
        TestUi.find("patronage-contact-save", Button.class).click();
        assertTrue(calls.contains("log 12 " + LocalDate.now() + " PARENTS Ivanova Maria MEETING "
                + "Agreed on homework control / Call in a week " + due), calls.toString());
    }

    @Test
    void theDirectorAppointsACuratorByOrder() {
        open(DIRECTOR);
        Set<String> ids = allIds();
        assertTrue(ids.containsAll(Set.of("patronage-appoint-curator", "patronage-curator-replace-21",
                "patronage-curator-release-21")), ids.toString());
        assertFalse(ids.contains("patronage-curator-replace-20"), "a term that ended is history");
        assertFalse(ids.contains("patronage-add-row") || ids.contains("patronage-log-contact"),
                "the director does not work on the case");
        tab(0);
        TestUi.find("patronage-appoint-curator", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-curator-dialog", "patronage-curator-kind",
                "patronage-curator-staff", "patronage-curator-name", "patronage-curator-organisation",
                "patronage-curator-order", "patronage-curator-from", "patronage-curator-save")));
        assertFalse(TestUi.find("patronage-curator-name", TextField.class).isVisible(), "internal by default");
        this.<StaffMember>combo("patronage-curator-staff").setValue(Data.TEACHER);
        TestUi.find("patronage-curator-save", Button.class).click();
        assertTrue(TestUi.find("patronage-curator-order", ComboBox.class).isInvalid(), "the school needs an order");
        this.<Order>combo("patronage-curator-order").setValue(Data.ORDER);
        LocalDate from = Data.ORDER.date().plusDays(2);
        TestUi.find("patronage-curator-from", DatePicker.class).setValue(from);
        TestUi.find("patronage-curator-save", Button.class).click();
        assertTrue(calls.contains("appoint 12 INTERNAL 7  45 " + from), calls.toString());
    }

    @Test
    void anUnreadableCaseShowsTheRefusalAndNothingOfTheCase() {
        denied = true;
        open(Data.user("teacher", PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE));
        assertEquals(List.of("get 12"), calls);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("patronage-case-unavailable"), ids.toString());
        assertFalse(ids.contains("patronage-case-header") || ids.contains("patronage-case-tabs")
                || ids.contains("patronage-curators-grid"), ids.toString());
        List<String> shown = TestUi.all(UI.getCurrent()).filter(Notification.class::isInstance)
                .map(n -> n.getElement().getProperty("text")).toList();
        assertEquals(List.of("!{core.kit.error.denied}!"), shown);
    }

    @Test
    void theResponsibleSpecialistMarksTheRowDone() {
        patronageCase = Data.patronageCase(true, false, false);
        open(Data.user("psychologist", PatronagePermissions.ACCESS, PatronagePermissions.WORK));
        Set<String> ids = allIds();
        assertFalse(ids.contains("patronage-row-edit-1") || ids.contains("patronage-log-contact"), ids.toString());
        assertTrue(ids.contains("patronage-assignment-outcome-61"), "the specialist asked records the outcome");
        tab(2);
        TestUi.find("patronage-row-done-1", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-done-dialog", "patronage-done-date",
                "patronage-done-result", "patronage-done-save")));
        TestUi.find("patronage-done-save", Button.class).click();
        assertTrue(TestUi.find("patronage-done-result", TextArea.class).isInvalid(), "the result is required");
        TestUi.find("patronage-done-result", TextArea.class).setValue("Two absences less");
        TestUi.find("patronage-done-save", Button.class).click();
        assertTrue(calls.contains("markDone 31 2 " + LocalDate.now() + " Two absences less"), calls.toString());
    }

    @Test
    void theCoordinatorIssuesACertificateForKdnAndRecordsAHearing() {
        open(COORDINATOR);
        tab(4);
        TestUi.find("patronage-issue-kdn", Button.class).click();
        assertEquals("District KDN", TestUi.find("patronage-kdn-addressee", TextField.class).getValue(),
                "prefilled with the commission");
        TestUi.find("patronage-kdn-behaviour", TextArea.class).setValue("Misses lessons");
        TestUi.find("patronage-kdn-family", TextArea.class).setValue("Lives with the mother");
        TestUi.find("patronage-kdn-conclusion", TextArea.class).setValue("Continue the patronage");
        TestUi.find("patronage-kdn-save", Button.class).click();
        assertEquals(1, legal.certificates.size());
        assertEquals("Misses lessons", legal.certificates.get(0).behaviour());
        tab(4);
        assertTrue(TestUi.ids().contains("patronage-kdn-pdf-1"), TestUi.ids().toString());

        TestUi.find("patronage-record-hearing", Button.class).click();
        TestUi.find("patronage-hearing-date", DatePicker.class).setValue(LocalDate.now().plusDays(5));
        TestUi.find("patronage-hearing-court", TextField.class).setValue("District court");
        TestUi.find("patronage-hearing-matter", TextArea.class).setValue("Parental rights");
        TestUi.find("patronage-hearing-save", Button.class).click();
        assertEquals(1, legal.hearings.size());
        assertEquals("District court", legal.hearings.get(0).court());
    }

    @Test
    void theCuratorReadsTheCertificatesButIssuesNone() {
        patronageCase = Data.patronageCase(true, false, true);
        open(CURATOR);
        tab(4);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("patronage-kdn-grid") && ids.contains("patronage-court-grid"), ids.toString());
        assertFalse(ids.contains("patronage-issue-kdn") || ids.contains("patronage-record-hearing"));
    }

    @Test
    void theCoordinatorClosesTheCaseAfterConfirming() {
        open(COORDINATOR);
        TestUi.find("patronage-case-close", Button.class).click();
        TestUi.find("patronage-close-reason", TextArea.class).setValue("Attends regularly");
        TestUi.find("patronage-close-save", Button.class).click();
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("close")), "not before the answer");
        TestUi.find("patronage-close-confirm-confirm", Button.class).click();
        assertTrue(calls.contains("close 12 3 " + LocalDate.now() + " Attends regularly"), calls.toString());
    }

    @Test
    void aClosedCaseIsHistoryOnly() {
        patronageCase = Data.patronageCase(false, true, true);
        open(DIRECTOR);
        Set<String> ids = allIds();
        assertTrue(ids.contains("patronage-header-closed"), ids.toString());
        assertFalse(ids.contains("patronage-case-edit") || ids.contains("patronage-case-close")
                || ids.contains("patronage-appoint-curator") || ids.contains("patronage-curator-release-21")
                || ids.contains("patronage-add-row") || ids.contains("patronage-log-contact"), ids.toString());
    }

    @Test
    void theCoordinatorInvolvesASpecialistFromOutsideTheSchool() {
        open(COORDINATOR);
        tab(1);
        TestUi.find("patronage-assign-specialist", Button.class).click();
        this.<String>select("patronage-assignment-type").setValue("doctor");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> source = TestUi.find("patronage-assignment-source", RadioButtonGroup.class);
        source.setValue(Boolean.FALSE);
        assertFalse(TestUi.find("patronage-assignment-staff", ComboBox.class).isVisible());
        TestUi.find("patronage-assignment-external", TextField.class).setValue("Petrova A., Clinic 2");
        TestUi.find("patronage-assignment-request", TextArea.class).setValue("Health check");
        TestUi.find("patronage-assignment-save", Button.class).click();
        assertTrue(calls.contains("assign 12 doctor null Petrova A., Clinic 2 / Health check " + LocalDate.now()),
                calls.toString());
    }

    @Test
    void theCuratorSubmitsAReportForThePeriodSinceTheLastOne() {
        patronageCase = Data.patronageCase(true, false, true);
        open(CURATOR);
        tab(5);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-tab-reports", "patronage-reports", "patronage-reports-grid",
                "patronage-report-submit", "patronage-report-next-due", "patronage-report-missing",
                "patronage-report-edit-81")), ids.toString());
        assertEquals(List.of(Data.report(null, false)), rows("patronage-reports-grid"));
        TestUi.find("patronage-report-submit", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-report-dialog", "patronage-report-from",
                "patronage-report-to", "patronage-report-work", "patronage-report-results",
                "patronage-report-difficulties", "patronage-report-proposals", "patronage-report-save")));
        LocalDate today = LocalDate.now();
        assertEquals(today, TestUi.find("patronage-report-from", DatePicker.class).getValue(),
                "the day after the last period");
        assertEquals(today, TestUi.find("patronage-report-to", DatePicker.class).getValue());
        TestUi.find("patronage-report-work", TextArea.class).setValue("One talk");
        TestUi.find("patronage-report-save", Button.class).click();
        assertTrue(TestUi.find("patronage-report-results", TextArea.class).isInvalid(), "the results are required");
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("submit")), calls.toString());
        TestUi.find("patronage-report-results", TextArea.class).setValue("Attends");
        TestUi.find("patronage-report-proposals", TextArea.class).setValue("Close in spring");
        TestUi.find("patronage-report-save", Button.class).click();
        assertTrue(calls.contains("submit 12 " + today + " " + today + " One talk / Attends /  / Close in spring"),
                calls.toString());
    }

    @Test
    void theAuthorCorrectsTheReportUntilItIsDiscussed() {
        patronageCase = Data.patronageCase(true, false, true);
        open(CURATOR);
        tab(5);
        TestUi.find("patronage-report-edit-81", Button.class).click();
        assertEquals("Two talks, a home visit", TestUi.find("patronage-report-work", TextArea.class).getValue());
        TestUi.find("patronage-report-work", TextArea.class).setValue("Two talks, two visits");
        TestUi.find("patronage-report-save", Button.class).click();
        CuratorReport r = Data.report(null, false);
        assertTrue(calls.contains("update 81 1 " + r.from() + " " + r.to() + " Two talks, two visits"),
                calls.toString());

        reportList = List.of(Data.report(3L, true));
        reportDue = Optional.of(LocalDate.now().plusDays(60));
        TestUi.close();
        TestUi.open();
        open(CURATOR);
        tab(5);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("patronage-report-discussed-81"), ids.toString());
        assertFalse(ids.contains("patronage-report-edit-81") || ids.contains("patronage-report-missing"),
                ids.toString());
        assertTrue(ids.contains("patronage-report-next-due"), "the next report is not due yet");
    }

    @Test
    void theCoordinatorReadsTheReportsButOnlyACuratorSubmits() {
        open(COORDINATOR);
        tab(5);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("patronage-reports-grid"), ids.toString());
        assertFalse(ids.contains("patronage-report-submit") || ids.contains("patronage-report-edit-81"),
                ids.toString());
        reportDue = Optional.empty();
        patronageCase = Data.patronageCase(false, true, true);
        TestUi.close();
        TestUi.open();
        open(CURATOR);
        tab(5);
        ids = TestUi.ids();
        assertFalse(ids.contains("patronage-report-submit") || ids.contains("patronage-report-next-due"),
                "a closed case takes no report: " + ids);
    }

    @Test
    void withoutAnotherModuleThatKnowsThePupilThereIsNoRelatedTab() {
        open(COORDINATOR);
        assertFalse(TestUi.ids().contains("patronage-tab-related"));
    }

    @Test
    void theRelatedTabShowsEachModulesRecordsLinkedWhenTheUserMayOpenThemAndSurvivesAFailingModule() {
        related = List.of(
                (pupilId, locale) -> List.of(new RelatedRecord("consilium", "Protocols", "Protocol No. 5", "Open IPS",
                        LocalDate.of(2026, 10, 1), "consilium/meeting/3")),
                (pupilId, locale) -> {
                    throw new IllegalStateException("the programmes module failed");
                },
                (pupilId, locale) -> List.of(new RelatedRecord("programmes", "Programmes", "IPS: closed", "",
                        null, "")));
        open(COORDINATOR);
        tab(6);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-tab-related", "patronage-related",
                "patronage-related-consilium-0", "patronage-related-programmes-0")), ids.toString());
        Anchor protocol = TestUi.find("patronage-related-consilium-0", Anchor.class);
        assertEquals("Protocol No. 5", protocol.getText());
        assertEquals("consilium/meeting/3", protocol.getHref());
        assertEquals("IPS: closed", TestUi.find("patronage-related-programmes-0", Span.class).getText());
    }

    @Test
    void aModuleWithNothingTheUserMaySeeSaysSo() {
        related = List.of((pupilId, locale) -> List.of());
        open(CURATOR);
        tab(6);
        assertTrue(TestUi.ids().contains("patronage-related-none"));
    }
}
