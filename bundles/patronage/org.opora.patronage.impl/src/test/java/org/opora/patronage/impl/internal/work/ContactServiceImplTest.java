package org.opora.patronage.impl.internal.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.agency.Interaction;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactDue;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class ContactServiceImplTest extends PatronageServiceTestSupport {

    private static ContactDraft withParents(LocalDate day, String nextStep, LocalDate due) {
        return new ContactDraft(day, ContactParty.PARENTS, "Ivanova Maria", ContactForm.MEETING,
                "Discussed truancy", nextStep, due);
    }

    @Test
    void theCuratorLogsAContactWithTheNextStep() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        Contact t = contacts.log(c.id(), withParents(today(), "Mother brings the diary", today().plusDays(7)));
        assertEquals(psychologist.name().full(), t.author());
        assertEquals("Mother brings the diary", t.nextStep());
        audited("belova", AuditAction.CREATE, ContactServiceImpl.RECORD, t.id());
        contacts.log(c.id(), new ContactDraft(today().minusDays(2), ContactParty.SUBJECT_TEACHER, "Volkova",
                ContactForm.PHONE, "Marks in maths", "", today()));
        List<Contact> log = contacts.contacts(c.id());
        assertEquals(List.of(today(), today().minusDays(2)), log.stream().map(Contact::date).toList());
        assertNull(log.get(1).nextDue(), "no next step, no due day");
    }

    @Test
    void theContactIsChecked() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        refused("core.error.future", () -> contacts.log(c.id(), withParents(today().plusDays(1), "", null)));
        refused("patronage.rule.beforeOpening",
                () -> contacts.log(c.id(), withParents(c.openedOn().minusDays(1), "", null)));
        refused("core.error.required", () -> contacts.log(c.id(), withParents(today(), "Call again", null)));
        refused("patronage.rule.nextDueBeforeContact",
                () -> contacts.log(c.id(), withParents(today(), "Call again", today().minusDays(1))));
        refused("core.error.required", () -> contacts.log(c.id(), new ContactDraft(today(), null, "", ContactForm.PHONE,
                "x", "", null)));
        assertEquals(0, UNIT.rows("CONTACT"));
    }

    @Test
    void theAuthorOrTheCoordinatorCorrectsAnEntry() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        Contact t = contacts.log(c.id(), withParents(today(), "", null));
        Contact fixed = contacts.update(t.id(), t.version(), withParents(today().minusDays(1), "", null));
        assertEquals(today().minusDays(1), fixed.date());
        assertThrows(ConflictException.class, () -> contacts.update(t.id(), t.version(), withParents(today(), "",
                null)));
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> contacts.update(t.id(), fixed.version(),
                withParents(today(), "", null)));
        asCoordinator();
        contacts.update(t.id(), fixed.version(), withParents(today(), "", null));
    }

    @Test
    void theMicroTeamLogsContactsOthersAreRefusedAndJournaled() {
        PatronageCase c = curatedCase();
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> contacts.log(c.id(), withParents(today(), "", null)));
        refusedAndJournaled("smirnova", c.id(), () -> contacts.contacts(c.id()));
        signIn("belova", SPECIALIST);
        team.addMember(c.id(), teacher.id(), "Class teacher", today());
        signIn("smirnova", CLASS_TEACHER);
        assertEquals(teacher.name().full(), contacts.log(c.id(), withParents(today(), "", null)).author());
    }

    @Test
    void aNextStepDueIsTheCuratorsDutyUntilAnotherContact() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        contacts.log(c.id(), withParents(today().minusDays(3), "Mother brings the diary", today().minusDays(1)));
        List<ContactDue> due = contacts.dueFor("belova");
        assertEquals(1, due.size());
        assertEquals("Mother brings the diary", due.get(0).nextStep());
        assertEquals(today().minusDays(1), due.get(0).due());
        assertEquals(List.of(), contacts.dueFor("smirnova"), "only the curators");
        contacts.log(c.id(), withParents(today(), "", null));
        assertEquals(List.of(), contacts.dueFor("belova"));
    }

    @Test
    void theSchoolsIntervalMakesAContactDue() {
        wire(Map.of("contactIntervalDays", 14));
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        List<ContactDue> due = contacts.dueFor("belova");
        assertEquals(List.of(c.openedOn().plusDays(14)), due.stream().map(ContactDue::due).toList(),
                "no contact in the 30 days since the opening");
        contacts.log(c.id(), withParents(today().minusDays(13), "", null));
        assertEquals(List.of(), contacts.dueFor("belova"), "13 days since the last contact");
        contacts.log(c.id(), new ContactDraft(today().minusDays(14), ContactParty.PUPIL, "", ContactForm.MEETING,
                "Talk", "", null));
        assertEquals(List.of(), contacts.dueFor("belova"), "the last contact counts");
        wire(Map.of("contactIntervalDays", 13));
        assertEquals(1, contacts.dueFor("belova").size());
    }

    @Test
    void agencyInteractionsAreTheCoresForTheCasesPeriod() {
        PatronageCase c = curatedCase();
        core.addInteraction(pupil, "KDN", today().minusDays(40), "Before the case");
        core.addInteraction(pupil, "KDN", today().minusDays(2), "Hearing on truancy");
        signIn("belova", SPECIALIST);
        assertEquals(List.of("Hearing on truancy"),
                contacts.agencyInteractions(c.id()).stream().map(Interaction::subject).toList());
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> contacts.agencyInteractions(c.id()));
    }
}
