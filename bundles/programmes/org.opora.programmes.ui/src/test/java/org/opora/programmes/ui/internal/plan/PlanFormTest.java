package org.opora.programmes.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.ListItem;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Order;
import org.opora.core.ui.testing.FakeOrders;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.ui.internal.fake.Data;
import org.opora.programmes.ui.internal.fake.FakePlans;
import org.opora.programmes.ui.internal.fake.FakeSettings;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

/** The plan page as its users write on it: drafting, saving, the parents' answer, a change by order, who sees what. */
class PlanFormTest {

    private static final SecurityContext SPECIALIST = Data.user("psychologist", ProgrammesPermissions.ACCESS,
            ProgrammesPermissions.DRAFT);
    private static final SecurityContext DEPUTY = Data.user("deputy", ProgrammesPermissions.ACCESS,
            ProgrammesPermissions.COORDINATE);
    private static final SecurityContext DIRECTOR = Data.user("director", Set.of("director"),
            ProgrammesPermissions.ACCESS, ProgrammesPermissions.READ_ALL);
    private static final Order ORDER = new Order(77, "112-o", LocalDate.of(2026, 10, 1),
            "On changes to the main educational programme", "", 1);

    private final List<String> calls = new ArrayList<>();
    private final FakeSettings settings = new FakeSettings();
    private IndividualPlan shown = Data.informed();
    private RuntimeException refuse;
    private final FakePlans plans = new FakePlans() {
        @Override
        public IndividualPlan get(long id) {
            calls.add("get " + id);
            return shown;
        }

        @Override
        public IndividualPlan create(IndividualPlanDraft d) {
            calls.add("create " + describe(d));
            return answer();
        }

        @Override
        public IndividualPlan update(long id, long version, IndividualPlanDraft d) {
            calls.add("update " + id + " " + version + " " + describe(d));
            return answer();
        }

        @Override
        public IndividualPlan recordConsent(long id, long version, Consent c) {
            calls.add("consent " + id + " " + version + " " + c.given() + " " + c.date() + " " + c.representative());
            return answer();
        }

        @Override
        public IndividualPlan change(long id, long version, IndividualPlanDraft d, Long orderId) {
            calls.add("change " + id + " " + version + " " + describe(d) + " order " + orderId);
            return answer();
        }

        private IndividualPlan answer() {
            if (refuse != null) {
                throw refuse;
            }
            return shown;
        }
    };
    private final FakeOrders orders = new FakeOrders() {
        @Override
        public List<Order> find(String text, int offset, int limit) {
            return offset == 0 ? List.of(ORDER) : List.of();
        }
    };

    private static String describe(IndividualPlanDraft d) {
        return d.pupilId() + " " + d.basis() + " " + d.choices().stream()
                .map(c -> c.kind() + ":" + c.title() + ":" + c.weeklyHours()).collect(Collectors.toList()) + " "
                + d.curriculumHours() + " " + d.start() + ".." + d.end() + " coordinator " + d.coordinatorId();
    }

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private void open(SecurityContext user) {
        PlanView view = new PlanView(new PlanView.Services(plans, settings, new FakePupils(List.of(Data.IVANOV),
                List.of(Data.MOTHER)), new FakeStaff(Data.STAFF), orders, (list, locale) -> List.of(
                        new ListItem("ovz", "OVZ"), new ListItem("gifted", "Gifted")), new FakePrinting(), user));
        UI.getCurrent().add(view);
        view.show(shown.id());
        TestUi.roundTrip();
    }

    private void reopen(IndividualPlan plan, SecurityContext user) {
        TestUi.close();
        TestUi.open();
        shown = plan;
        open(user);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return TestUi.find(id, Select.class);
    }

    private static void choice(int n, String kind, String title, int hours) {
        TestUi.find("plan-choice-add", Button.class).click();
        PlanFormTest.<String>select("plan-choice-kind-" + n).setValue(kind);
        TestUi.find("plan-choice-title-" + n, TextField.class).setValue(title);
        TestUi.find("plan-choice-hours-" + n, IntegerField.class).setValue(hours);
    }

    @Test
    void theSpecialistDraftsTheInformedPlanWithTwoChoicesAndSeesTheTotalLoad() {
        open(SPECIALIST);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("plan-not-drafted", "plan-form", "plan-basis", "plan-start", "plan-end",
                "plan-coordinator", "plan-curriculum-hours", "plan-total-hours", "plan-choice-list",
                "plan-deadline", "plan-deadline-order", "plan-create")), ids.toString());
        assertFalse(ids.contains("plan-discussed"), "a plan not drafted is not discussed yet");
        TestUi.find("plan-create", Button.class).click();
        assertTrue(select("plan-basis").isInvalid(), "the basis is required");
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("create")), calls.toString());

        PlanFormTest.<String>select("plan-basis").setValue("ovz");
        TestUi.find("plan-start", DatePicker.class).setValue(Data.START);
        TestUi.find("plan-end", DatePicker.class).setValue(Data.END);
        TestUi.find("plan-curriculum-hours", IntegerField.class).setValue(29);
        choice(1, "lesson", "Extra Russian", 2);
        choice(2, "activity", "Chess club", 1);
        assertEquals(32, TestUi.find("plan-total-hours", IntegerField.class).getValue());
        @SuppressWarnings("unchecked")
        ComboBox<org.opora.core.api.staff.StaffMember> coordinator = TestUi.find("plan-coordinator", ComboBox.class);
        coordinator.setValue(Data.CURATOR);
        TestUi.find("plan-create", Button.class).click();
        assertEquals("create 1 ovz [lesson:Extra Russian:2, activity:Chess club:1] 29 " + Data.START + ".."
                + Data.END + " coordinator 5", calls.get(calls.size() - 2));
        assertEquals("get 9", calls.get(calls.size() - 1), "the page is read afresh");
    }

    @Test
    void theLoadOverTheMaximumIsShownOnTheTotalHoursAndNothingIsSaved() {
        shown = Data.plan(ProgrammeState.DRAFT);
        open(SPECIALIST);
        assertEquals(32, TestUi.find("plan-total-hours", IntegerField.class).getValue(), "30 + 2");
        choice(2, "activity", "Robotics", 6);
        assertEquals(38, TestUi.find("plan-total-hours", IntegerField.class).getValue());
        IntegerField typing = TestUi.find("plan-total-hours", IntegerField.class);
        assertTrue(typing.isInvalid(), "over the grade's maximum (32) while typing, before any save");
        assertTrue(typing.getErrorMessage().contains("programmes.ui.iplan.total.over"), typing.getErrorMessage());
        assertTrue(typing.getHelperText().contains("programmes.ui.iplan.total.max"), typing.getHelperText());
        refuse = new ValidationException("addedHours", "programmes.rule.load.exceeded", 38, 35, 7);
        TestUi.find("plan-save", Button.class).click();
        assertTrue(calls.get(calls.size() - 1).startsWith("update 8 4 1 ovz [lesson:Extra Russian:2, "
                + "activity:Robotics:6] 30"), calls.toString());
        IntegerField total = TestUi.find("plan-total-hours", IntegerField.class);
        assertTrue(total.isInvalid(), "the service's objection is on the total hours");
        assertTrue(total.getErrorMessage().contains("programmes.rule.load.exceeded"), total.getErrorMessage());
        assertEquals(1, calls.stream().filter(c -> c.startsWith("get")).count(), "not reloaded: the input stays");
        assertEquals("Robotics", TestUi.find("plan-choice-title-2", TextField.class).getValue());
        TestUi.find("plan-choice-remove-2", Button.class).click();
        assertEquals(32, TestUi.find("plan-total-hours", IntegerField.class).getValue());
        assertFalse(TestUi.find("plan-total-hours", IntegerField.class).isInvalid(), "exactly the maximum is allowed");
    }

    @Test
    void aConcurrentChangeOffersToReload() {
        shown = Data.plan(ProgrammeState.DRAFT);
        open(SPECIALIST);
        refuse = new ConflictException();
        TestUi.find("plan-save", Button.class).click();
        assertTrue(TestUi.ids().contains("conflict"), TestUi.ids().toString());
        refuse = null;
        TestUi.find("conflict-confirm", Button.class).click();
        assertEquals(2, calls.stream().filter(c -> c.equals("get 8")).count(), calls.toString());
    }

    @Test
    void theSpecialistRecordsTheParentsConsent() {
        shown = Data.plan(ProgrammeState.DISCUSSED_WITH_PARENTS);
        open(SPECIALIST);
        TestUi.find("plan-consent", Button.class).click();
        assertEquals("Ivanova Maria", TestUi.find("consent-representative", ComboBox.class).getValue());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> given = TestUi.find("consent-given", RadioButtonGroup.class);
        given.setValue(true);
        TestUi.find("consent-save", Button.class).click();
        assertTrue(calls.contains("consent 8 4 true " + LocalDate.now() + " Ivanova Maria"), calls.toString());
    }

    @Test
    void theCoordinatorChangesTheApprovedPlanByOrder() {
        shown = Data.plan(ProgrammeState.APPROVED);
        open(DEPUTY);
        assertFalse(TestUi.ids().contains("plan-form"), "an approved plan is read-only until changed");
        TestUi.find("plan-change", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("plan-form", "plan-change-order", "plan-change-hint",
                "plan-change-save")));
        choice(2, "form-of-work", "Tutor", 0);
        @SuppressWarnings("unchecked")
        ComboBox<Order> order = TestUi.find("plan-change-order", ComboBox.class);
        refuse = new ValidationException("orderId", "programmes.rule.change.noOrder");
        TestUi.find("plan-change-save", Button.class).click();
        assertTrue(order.isInvalid(), "the order required by the school is asked for on its input");
        refuse = null;
        order.setValue(ORDER);
        TestUi.find("plan-change-save", Button.class).click();
        assertEquals("change 8 4 1 ovz [lesson:Extra Russian:2, form-of-work:Tutor:0] 30 " + Data.START + ".."
                + Data.END + " coordinator 5 order 77", calls.get(calls.size() - 2));
    }

    @Test
    void theButtonsFollowThePermissionsAndTheState() {
        shown = Data.plan(ProgrammeState.DRAFT);
        open(SPECIALIST);
        assertTrue(TestUi.ids().containsAll(Set.of("plan-save", "plan-discussed")), TestUi.ids().toString());
        assertFalse(TestUi.ids().contains("plan-agree"));
        reopen(Data.plan(ProgrammeState.DRAFT), Data.user("teacher", ProgrammesPermissions.ACCESS));
        assertFalse(TestUi.ids().contains("plan-form") || TestUi.ids().contains("plan-discussed"),
                TestUi.ids().toString());
        assertTrue(TestUi.ids().contains("plan-choices"), "the choices are shown read-only");
        reopen(Data.informed(), DEPUTY);
        assertTrue(TestUi.ids().contains("plan-not-drafted"));
        assertFalse(TestUi.ids().contains("plan-create"), "only who drafts plans drafts one");
        reopen(Data.plan(ProgrammeState.CONSENT_GIVEN), DEPUTY);
        assertTrue(TestUi.ids().contains("plan-agree"));
        assertFalse(TestUi.ids().contains("plan-form"), "a consented plan is saved no more");
        reopen(Data.plan(ProgrammeState.APPROVED), SPECIALIST);
        assertFalse(TestUi.ids().contains("plan-change"), "a change after approval needs the coordinator");
        reopen(Data.plan(ProgrammeState.APPROVED), DIRECTOR);
        assertFalse(TestUi.ids().contains("plan-change") || TestUi.ids().contains("plan-approve"));
        reopen(Data.plan(ProgrammeState.CONSENT_REFUSED), SPECIALIST);
        assertTrue(TestUi.ids().containsAll(Set.of("plan-save", "plan-discussed")), "refused: written again");
    }

    @Test
    void aSchoolWithoutIndividualPlansOffersNoPlanActions() {
        settings.variants(true, false);
        shown = Data.plan(ProgrammeState.DRAFT);
        open(SPECIALIST);
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("plan-form") || ids.contains("plan-discussed") || ids.contains("plan-save"),
                ids.toString());
        assertTrue(ids.contains("plan-choices"));
        reopen(Data.plan(ProgrammeState.APPROVED), DEPUTY);
        assertFalse(TestUi.ids().contains("plan-change"));
        reopen(Data.informed(), SPECIALIST);
        assertFalse(TestUi.ids().contains("plan-create"));
    }

    @Test
    void theDraftedChoicesAreFilledIn() {
        shown = Data.plan(ProgrammeState.DRAFT);
        open(SPECIALIST);
        assertEquals("ovz", PlanFormTest.<String>select("plan-basis").getValue());
        assertEquals(30, TestUi.find("plan-curriculum-hours", IntegerField.class).getValue());
        assertEquals("Extra Russian", TestUi.find("plan-choice-title-1", TextField.class).getValue());
        assertEquals("lesson", PlanFormTest.<String>select("plan-choice-kind-1").getValue());
        assertEquals(List.of(new PlanChoice(1, "lesson", "Extra Russian", 2, "")), shown.choices());
    }
}
