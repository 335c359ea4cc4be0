package org.opora.programmes.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.ui.testing.FakeOrders;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.ui.internal.fake.Data;
import org.opora.programmes.ui.internal.fake.FakeSettings;
import org.opora.programmes.ui.internal.fake.FakePlans;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class PlanViewTest {

    private final List<String> calls = new ArrayList<>();
    private boolean agreed;
    private boolean denied;
    /** The state of the plan shown, when not the default of {@link Data#plan(boolean)}. */
    private org.opora.programmes.api.ProgrammeState state;
    private boolean carriesOut;
    private boolean keeper = true;
    private boolean agreer = true;
    private final FakePlans plans = new FakePlans() {
        @Override
        public IndividualPlan get(long id) {
            calls.add("get " + id);
            if (denied) {
                throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
            }
            return state == null ? Data.plan(agreed) : Data.plan(state);
        }

        @Override
        public boolean mayCarryOut(long id) {
            return carriesOut;
        }

        @Override
        public boolean mayKeep(long id) {
            return keeper;
        }

        @Override
        public boolean mayAgree(long id) {
            calls.add("mayAgree " + id);
            return agreer;
        }

        @Override
        public IndividualPlan start(long id, long version, LocalDate on) {
            calls.add("start " + id + " " + on);
            return Data.plan(org.opora.programmes.api.ProgrammeState.IN_PROGRESS);
        }

        @Override
        public IndividualPlan agree(long id, long version, LocalDate on) {
            calls.add("agree " + id + " " + version + " " + on);
            return Data.plan(true);
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

    private void open(SecurityContext user) {
        PlanView view = new PlanView(new PlanView.Services(plans, new FakeSettings(), new FakePupils(List.of(Data.IVANOV),
                List.of(Data.MOTHER)), new FakeStaff(Data.STAFF), new FakeOrders(), (list, locale) -> List.of(),
                new FakePrinting(), user));
        UI.getCurrent().add(view);
        view.show(8L);
        TestUi.roundTrip();
    }

    @Test
    void theCoordinatorSeesTheChoicesAndHoursAndAgreesThePlan() {
        open(Data.user("deputy", ProgrammesPermissions.ACCESS, ProgrammesPermissions.COORDINATE));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("plan-info-informed", "plan-info-deadline", "plan-info-agreement",
                "plan-choices", "plan-hours", "plan-pdf", "programme-restricted", "plan-agree")), ids.toString());
        assertFalse(ids.contains("plan-approve"), "the director approves only an agreed plan");
        TestUi.find("plan-agree", Button.class).click();
        TestUi.find("date-save", Button.class).click();
        assertTrue(calls.contains("agree 8 4 " + LocalDate.now()), calls.toString());
    }

    @Test
    void theDirectorApprovesAnAgreedPlan() {
        agreed = true;
        open(Data.user("director", Set.of("director"), ProgrammesPermissions.ACCESS));
        assertTrue(TestUi.ids().contains("plan-approve"));
        assertFalse(TestUi.ids().contains("plan-agree"));
    }

    @Test
    void whoMayNotReadThePlanSeesWhy() {
        denied = true;
        open(Data.user("teacher", ProgrammesPermissions.ACCESS));
        assertEquals("!{programmes.ui.plan.denied}!", TestUi.find("plan-denied", Paragraph.class).getText());
        assertFalse(TestUi.ids().contains("plan-choices"));
    }

    @Test
    void theCoordinatorStartsTheApprovedPlanOthersAreToldWhoCarriesItOut() {
        state = org.opora.programmes.api.ProgrammeState.APPROVED;
        keeper = false;
        open(Data.user("teacher", ProgrammesPermissions.ACCESS, ProgrammesPermissions.READ_ALL));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("plan-carrying-out", "plan-carrying-not-yours", "plan-consultations")),
                ids.toString());
        assertFalse(ids.contains("plan-start"));
        assertFalse(ids.contains("consultation-add"), "who neither drafts nor coordinates records no consultation");
        TestUi.close();
        TestUi.open();
        carriesOut = true;
        keeper = true;
        open(Data.user("deputy", ProgrammesPermissions.ACCESS, ProgrammesPermissions.COORDINATE));
        ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("plan-start", "consultation-add")), ids.toString());
        assertFalse(ids.contains("plan-carrying-not-yours"));
        assertFalse(ids.contains("plan-close"), "closed only once in progress");
        TestUi.find("plan-start", Button.class).click();
        TestUi.find("date-save", Button.class).click();
        assertTrue(calls.contains("start 8 " + LocalDate.now()), calls.toString());
    }

    @Test
    void aSpecialistWhoDidNotDraftThePlanReadsItAndIsToldWhoKeepsIt() {
        state = org.opora.programmes.api.ProgrammeState.DRAFT;
        keeper = false;
        open(Data.user("speech", ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("plan-not-yours", "plan-choices", "plan-consultations")), ids.toString());
        assertFalse(ids.contains("plan-form"), "no form the service would refuse");
        assertFalse(ids.contains("plan-acquaint"));
        assertFalse(ids.contains("plan-discussed"));
        assertFalse(ids.contains("consultation-add"));
        String told = TestUi.find("plan-not-yours", Paragraph.class).getText();
        assertTrue(told.contains("programmes.ui.plan.notYours}"), told);
        TestUi.close();
        TestUi.open();
        keeper = true;
        open(Data.user("psychologist", ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT));
        ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("plan-form", "plan-acquaint", "consultation-add")), ids.toString());
        assertFalse(ids.contains("plan-not-yours"));
    }

    @Test
    void anotherCoordinatorIsToldWhoseAgreementThePlanNeedsAndGetsNoButtonTheServiceWouldRefuse() {
        agreer = false;
        keeper = false;
        open(Data.user("head", ProgrammesPermissions.ACCESS, ProgrammesPermissions.COORDINATE));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("plan-not-coordinator", "plan-choices")), ids.toString());
        assertFalse(ids.contains("plan-agree"), "no agreement the service would refuse");
        String told = TestUi.find("plan-not-coordinator", Paragraph.class).getText();
        assertEquals("!{programmes.ui.plan.notCoordinator}!", told, "the key naming the plan's coordinator");
        TestUi.close();
        TestUi.open();
        state = org.opora.programmes.api.ProgrammeState.APPROVED;
        open(Data.user("head", ProgrammesPermissions.ACCESS, ProgrammesPermissions.COORDINATE));
        ids = TestUi.ids();
        assertTrue(ids.contains("plan-not-coordinator"), ids.toString());
        assertFalse(ids.contains("plan-change"), "no change of the approved plan the service would refuse");
        TestUi.close();
        TestUi.open();
        agreer = true;
        open(Data.user("deputy", ProgrammesPermissions.ACCESS, ProgrammesPermissions.COORDINATE));
        ids = TestUi.ids();
        assertTrue(ids.contains("plan-change"), ids.toString());
        assertFalse(ids.contains("plan-not-coordinator"));
    }

    @Test
    void aSpecialistWhoDoesNotCoordinateIsNotAskedAboutTheAgreement() {
        open(Data.user("speech", ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("plan-agree"));
        assertFalse(ids.contains("plan-not-coordinator"), "only coordinators are told whose agreement it is");
    }
}
