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
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.ui.internal.fake.Data;
import org.opora.consilium.ui.internal.fake.FakeConsilium;
import org.opora.consilium.ui.internal.fake.FakeReferrals;
import org.opora.core.api.ListItem;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.ui.testing.FakePupils;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class ReferralsViewTest {

    private final List<String> calls = new ArrayList<>();
    private final List<ReferralDraft> drafts = new ArrayList<>();
    private final Pupil ivanov = Data.pupil(1, "Ivanov");
    private RuntimeException refuseFiling;
    private final FakeReferrals referrals = new FakeReferrals() {
        @Override
        public List<Referral> find(ReferralQuery query, int offset, int limit) {
            calls.add("find " + query.scope() + " " + query.status());
            return List.of(Data.referral(7, ReferralStatus.FILED, false));
        }

        @Override
        public int count(ReferralQuery query) {
            return 1;
        }

        @Override
        public Referral file(ReferralDraft draft) {
            drafts.add(draft);
            if (refuseFiling != null) {
                throw refuseFiling;
            }
            return Data.referral(8, ReferralStatus.FILED, false);
        }
    };
    private final FakeConsilium consilium = new FakeConsilium() {
        @Override
        public ConsiliumSettings settings(Locale locale) {
            return Data.settings(true);
        }
    };
    private final FakePupils pupils = new FakePupils() {
        @Override
        public List<Pupil> find(PupilQuery query, int offset, int limit) {
            return List.of(ivanov);
        }

        @Override
        public int count(PupilQuery query) {
            return 1;
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
        UI.getCurrent().add(new ReferralsView(referrals, consilium, pupils, user));
        TestUi.roundTrip();
    }

    @Test
    void aTeacherSeesTheirOwnReferralsAndMayFileOne() {
        open(Data.user("teacher", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("referrals-grid", "referrals-tab-mine", "referral-new")), ids.toString());
        assertFalse(ids.contains("referrals-tab-examine") || ids.contains("referrals-tab-all"), ids.toString());
        assertEquals("find MINE null", calls.get(0));
    }

    @Test
    void examinersAndTheAdministrationGetTheirTabs() {
        open(Data.user("psychologist", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_EXAMINE));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("referrals-tab-examine"), ids.toString());
        assertFalse(ids.contains("referral-new") || ids.contains("referrals-tab-all"), ids.toString());
        assertEquals("find TO_EXAMINE null", calls.get(0), "the examiner starts with their work");
        TestUi.close();
        TestUi.open();
        calls.clear();
        open(Data.user("director", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE,
                ConsiliumPermissions.REFERRAL_RECEIVE));
        assertTrue(TestUi.ids().containsAll(Set.of("referrals-tab-mine", "referrals-tab-all")));
        assertEquals("find ALL null", calls.get(0));
        calls.clear();
        TestUi.find("referrals-tabs", Tabs.class).setSelectedIndex(0);
        TestUi.fetch(TestUi.find("referrals-grid", com.vaadin.flow.component.grid.Grid.class));
        assertEquals("find MINE null", calls.get(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void filingSendsTheChosenValuesAndShowsObjectionsOnTheFields() {
        open(Data.user("teacher", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE));
        TestUi.find("referral-new", Button.class).click();
        assertEquals(LocalDate.now(), TestUi.find("referral-observed", DatePicker.class).getValue());
        TestUi.find("referral-save", Button.class).click();
        assertTrue(TestUi.find("referral-pupil", ComboBox.class).isInvalid(), "a pupil is required");
        assertTrue(drafts.isEmpty());

        TestUi.find("referral-pupil", ComboBox.class).setValue(ivanov);
        CheckboxGroup<ListItem> signs = TestUi.find("referral-signs", CheckboxGroup.class);
        signs.setValue(Set.of(Data.CONFLICTS, Data.ANXIETY));
        TestUi.find("referral-description", TextArea.class).setValue("  Cries in class  ");
        refuseFiling = new ValidationException("observedOn", "consilium.error.observedOn");
        TestUi.find("referral-save", Button.class).click();
        assertEquals(1, drafts.size());
        ReferralDraft draft = drafts.get(0);
        assertEquals(1, draft.pupilId());
        assertEquals(LocalDate.now(), draft.observedOn());
        assertEquals(List.of("anxiety", "conflicts"), draft.signs(), "in the order of the configured list");
        assertEquals("Cries in class", draft.description());
        assertTrue(TestUi.find("referral-observed", DatePicker.class).isInvalid());
        assertTrue(TestUi.maybe("referral-dialog", com.vaadin.flow.component.dialog.Dialog.class).isPresent());

        refuseFiling = null;
        calls.clear();
        TestUi.find("referral-save", Button.class).click();
        assertEquals(2, drafts.size());
        assertTrue(TestUi.maybe("referral-dialog", com.vaadin.flow.component.dialog.Dialog.class)
                .map(d -> !d.isOpened()).orElse(true), "the dialog closes");
        assertEquals("find MINE null", calls.get(0), "the list is read again");
    }
}
