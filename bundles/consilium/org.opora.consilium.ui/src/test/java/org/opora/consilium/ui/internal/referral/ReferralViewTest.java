package org.opora.consilium.ui.internal.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.ui.internal.fake.Data;
import org.opora.consilium.ui.internal.fake.FakeConsilium;
import org.opora.consilium.ui.internal.fake.FakeReferrals;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class ReferralViewTest {

    private final List<String> calls = new ArrayList<>();
    private Referral shown = Data.referral(7, ReferralStatus.FILED, false);
    private boolean canExamine;
    private final FakeReferrals referrals = new FakeReferrals() {
        @Override
        public Referral get(long id) {
            calls.add("get " + id);
            if (shown == null) {
                throw new AccessDeniedException(ConsiliumPermissions.REFERRAL_RECEIVE);
            }
            return shown;
        }

        @Override
        public boolean canExamine(long id) {
            return canExamine;
        }

        @Override
        public Referral recordExamination(long id, long version, Examination exam) {
            calls.add("exam " + id + " " + version + " " + exam.examinedOn() + " " + exam.findings() + " "
                    + exam.confirmed());
            return shown;
        }

        @Override
        public Referral acknowledge(long id, long version) {
            calls.add("acknowledge " + id + " " + version);
            return shown;
        }

        @Override
        public List<StaffMember> examiners() {
            return List.of(Data.staff(3, "Volkova"));
        }

        @Override
        public Referral assignExaminer(long id, long version, Long staffId) {
            calls.add("examiner " + id + " " + staffId);
            return shown;
        }
    };
    private final FakeConsilium consilium = new FakeConsilium() {
        @Override
        public ConsiliumSettings settings(Locale locale) {
            return Data.settings(true);
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
        ReferralView view = new ReferralView(new ReferralView.Services(referrals, consilium, user));
        view.setParameter(null, 7L);
        UI.getCurrent().add(view);
        TestUi.roundTrip();
    }

    @Test
    void theFilerSeesTheReferralAndMayWithdrawItButNotExamine() {
        open(Data.user("teacher", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("referral-info-pupil", "referral-info-signs", "referral-info-status",
                "referral-step-filed", "referral-step-pending", "referral-withdraw")), ids.toString());
        assertFalse(ids.contains("exam") || ids.contains("exam-save") || ids.contains("referral-acknowledge")
                || ids.contains("referral-examiner"), ids.toString());
        assertEquals("Anxiety", TestUi.find("referral-info-signs", Span.class).getText());
    }

    @Test
    void theFilerWhoNoLongerFilesReferralsIsNotOfferedTheWithdrawalTheServiceWouldRefuse() {
        open(Data.user("teacher", ConsiliumPermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("referral-info-status"), ids.toString());
        assertFalse(ids.contains("referral-withdraw"));
    }

    @Test
    void anotherTeacherMayNotWithdraw() {
        open(Data.user("other", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE));
        assertFalse(TestUi.ids().contains("referral-withdraw"));
    }

    @Test
    void theExaminerRecordsTheExamination() {
        canExamine = true;
        open(Data.user("psychologist", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_EXAMINE));
        assertTrue(TestUi.ids().containsAll(Set.of("exam-date", "exam-findings", "exam-conclusion", "exam-save")));
        assertEquals(LocalDate.now(), TestUi.find("exam-date", DatePicker.class).getValue());
        TestUi.find("exam-save", Button.class).click();
        assertTrue(TestUi.find("exam-findings", TextArea.class).isInvalid(), "findings are required");
        TestUi.find("exam-findings", TextArea.class).setValue("Anxiety confirmed by tests");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> conclusion = TestUi.find("exam-conclusion", RadioButtonGroup.class);
        conclusion.setValue(Boolean.FALSE);
        calls.clear();
        TestUi.find("exam-save", Button.class).click();
        assertEquals(List.of("exam 7 4 " + LocalDate.now() + " Anxiety confirmed by tests false", "get 7"), calls);
    }

    @Test
    void theAdministrationTakesNoteAndNamesThePsychologist() {
        open(Data.user("director", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_RECEIVE));
        assertTrue(TestUi.ids().containsAll(Set.of("referral-acknowledge", "referral-examiner",
                "referral-withdraw")));
        calls.clear();
        TestUi.find("referral-acknowledge", Button.class).click();
        assertEquals(List.of("acknowledge 7 4", "get 7"), calls);
        TestUi.find("referral-examiner", Button.class).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<StaffMember> staff = TestUi.find("examiner-staff",
                com.vaadin.flow.component.combobox.ComboBox.class);
        staff.setValue(Data.staff(3, "Volkova"));
        calls.clear();
        TestUi.find("examiner-save", Button.class).click();
        assertEquals(List.of("examiner 7 3", "get 7"), calls);
    }

    @Test
    void findingsStayHiddenFromWhoMayNotSeeThem() {
        shown = Data.referral(7, ReferralStatus.SCHEDULED, false);
        open(Data.user("teacher", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("referral-info-findings") || ids.contains("referral-info-conclusion")
                || ids.contains("referral-meeting-link"), ids.toString());
        assertTrue(ids.containsAll(Set.of("referral-step-examined", "referral-step-scheduled")), ids.toString());
        assertFalse(ids.contains("referral-withdraw"), "only while filed");
    }

    @Test
    void anExaminedReferralReadsAsExaminedToTheFiler() {
        shown = Data.referral(7, ReferralStatus.CONFIRMED, false);
        open(Data.user("teacher", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE));
        assertTrue(TestUi.find("referral-info-status", Span.class).getText().contains("status.EXAMINED"));
    }

    @Test
    void findingsAndTheMeetingAreShownToWhoMaySeeThem() {
        shown = Data.referral(7, ReferralStatus.SCHEDULED, true);
        open(Data.user("head", ConsiliumPermissions.ACCESS, ConsiliumPermissions.MEETING_READ_ALL));
        assertEquals("Secret findings", TestUi.find("referral-info-findings", Span.class).getText());
        assertEquals("consilium/meeting/9", TestUi.find("referral-meeting-link", Anchor.class).getHref());
        assertTrue(TestUi.find("referral-info-status", Span.class).getText().contains("status.SCHEDULED"));
    }

    @Test
    void aReaderWhoMayNotSeeTheReferralIsToldSoAndSeesNothingElse() {
        shown = null;
        open(Data.user("stranger", ConsiliumPermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("referral-denied"), ids.toString());
        assertFalse(ids.stream().anyMatch(id -> id.startsWith("referral-info") || id.startsWith("referral-step")
                || id.startsWith("exam")), ids.toString());
    }
}
