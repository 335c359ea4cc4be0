package org.opora.patronage.impl.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.pupil.Pupil;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.cases.PupilAtRisk;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class CaseServiceImplTest extends PatronageServiceTestSupport {

    @Test
    void theCoordinatorOpensACaseAndTheOpeningIsJournaled() {
        PatronageCase c = openCase();
        assertEquals(pupil.id(), c.pupilId());
        assertEquals("Ivanov Ivan", c.pupil());
        assertEquals("5A", c.className());
        assertEquals("deviant", c.category());
        assertEquals(today().minusDays(30), c.openedOn());
        assertEquals(socialPedagogue.name().full(), c.openedBy());
        assertTrue(c.open() && c.keepable() && c.workable());
        assertEquals(List.of(), c.curators());
        audited("orlova", AuditAction.CREATE, CaseGate.CASE, c.id());
    }

    @Test
    void aPupilHasOneOpenCaseAtATime() {
        openCase();
        refused("patronage.error.openCase",
                () -> cases.open(new CaseDraft(pupil.id(), "failing", "Marks", today())));
        assertEquals(1, UNIT.rows("PATRONAGE_CASE"));
    }

    @Test
    void theDraftIsChecked() {
        asCoordinator();
        refused("patronage.rule.unknownCategory",
                () -> cases.open(new CaseDraft(pupil.id(), "gifted", "Grounds", today())));
        refused("core.error.required", () -> cases.open(new CaseDraft(pupil.id(), "deviant", " ", today())));
        refused("core.error.future",
                () -> cases.open(new CaseDraft(pupil.id(), "deviant", "Grounds", today().plusDays(1))));
        refused("patronage.error.pupilUnknown", () -> cases.open(new CaseDraft(4242, "deviant", "Grounds", today())));
        Pupil gone = core.addPupil("Gone", teacher.id(), true);
        refused("patronage.error.pupilArchived",
                () -> cases.open(new CaseDraft(gone.id(), "deviant", "Grounds", today())));
        assertEquals(0, UNIT.rows("PATRONAGE_CASE"));
    }

    @Test
    void onlyTheCoordinatorOrTheDirectorOpensCases() {
        asCoordinator();
        assertTrue(cases.mayOpen());
        signIn("belova", SPECIALIST);
        assertFalse(cases.mayOpen(), "patronage.coordinate without the coordinating type: the page only reads");
        denied(PatronagePermissions.COORDINATE,
                () -> cases.open(new CaseDraft(pupil.id(), "deviant", "Grounds", today())));
        signIn("smirnova", CLASS_TEACHER);
        denied(PatronagePermissions.COORDINATE,
                () -> cases.open(new CaseDraft(pupil.id(), "deviant", "Grounds", today())));
        signIn("khudyakov", DIRECTOR);
        assertTrue(cases.mayOpen());
        assertTrue(cases.open(new CaseDraft(pupil.id(), "deviant", "Grounds", today())).keepable());
    }

    @Test
    void aReadIsJournaledAndARefusedReadToo() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        assertEquals(List.of(psychologist.name().full()), cases.get(c.id()).curators());
        audited("belova", AuditAction.READ, CaseGate.CASE, c.id());
        assertFalse(cases.get(c.id()).keepable(), "the curator works on the case, the coordinator keeps it");

        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> cases.get(c.id()));
        assertFalse(cases.canRead(c.id()));
        signIn("khudyakov", DIRECTOR);
        assertTrue(cases.canRead(c.id()));
    }

    @Test
    void openingTheCasePageIsOneReadInTheJournalAndEveryRefusalIsJournaled() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        cases.get(c.id());
        curators.curators(c.id());
        plan.plan(c.id());
        contacts.contacts(c.id());
        assertEquals(1, audit.entries().size(), audit.entries().toString());
        audited("belova", AuditAction.READ, CaseGate.CASE, c.id());
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> cases.get(c.id()));
        refusedAndJournaled("smirnova", c.id(), () -> plan.plan(c.id()));
        assertEquals(2, audit.entries().size());
    }

    @Test
    void theListHoldsTheCasesTheCallerMayRead() {
        PatronageCase c = curatedCase();
        Pupil other = core.addPupil("Petrov", teacher.id(), false);
        asCoordinator();
        cases.open(new CaseDraft(other.id(), "at-risk", "Family", today()));
        assertEquals(2, cases.count(CaseQuery.open()));
        assertEquals(List.of("Petrov Ivan"), names(cases.find(new CaseQuery("petr", "", true, false, false), 0, 10)));
        assertEquals(List.of("Petrov Ivan"), names(cases.find(new CaseQuery("", "", true, true, false), 0, 10)));
        assertEquals(List.of("Ivanov Ivan"), names(cases.find(new CaseQuery("", "deviant", true, false, false), 0, 10)));
        assertEquals(1, cases.find(CaseQuery.open(), 1, 10).size());

        signIn("belova", SPECIALIST);
        assertEquals(List.of("Ivanov Ivan"), names(cases.find(CaseQuery.open(), 0, 10)));
        assertEquals(List.of("Ivanov Ivan"), names(cases.find(new CaseQuery("", "", true, false, true), 0, 10)));
        signIn("smirnova", CLASS_TEACHER);
        assertEquals(0, cases.count(CaseQuery.open()));
        assertEquals(c.id(), cases.ofPupil(pupil.id()).get(0).id());
    }

    @Test
    void aClassTeacherSeesThatACaseExistsAndWhoCuratesIt() {
        PatronageCase c = curatedCase();
        signIn("smirnova", CLASS_TEACHER);
        CaseSummary seen = cases.ofPupil(pupil.id()).get(0);
        assertEquals(c.id(), seen.id());
        assertEquals(List.of(psychologist.name().full()), seen.curators());
        assertFalse(seen.readable());
        assertEquals(List.of(), audit.entries(), "existence is not the case's content");
        signIn("nobody");
        denied(PatronagePermissions.EXISTENCE, () -> cases.ofPupil(pupil.id()));
    }

    @Test
    void theCoordinatorCorrectsTheCaseFromTheCurrentCopy() {
        PatronageCase c = openCase();
        PatronageCase changed = cases.update(c.id(), c.version(),
                new CaseDraft(pupil.id(), "failing", "Failing maths", c.openedOn()));
        assertEquals("failing", changed.category());
        audited("orlova", AuditAction.UPDATE, CaseGate.CASE, c.id());
        assertThrows(ConflictException.class,
                () -> cases.update(c.id(), c.version(), new CaseDraft(pupil.id(), "at-risk", "x", c.openedOn())));
        Pupil other = core.addPupil("Petrov", teacher.id(), false);
        refused("patronage.error.pupilFixed", () -> cases.update(c.id(), changed.version(),
                new CaseDraft(other.id(), "failing", "x", c.openedOn())));
    }

    @Test
    void theOpeningCannotMovePastWorkAlreadyRecorded() {
        PatronageCase c = openCase();
        contacts.log(c.id(), new ContactDraft(today().minusDays(20), ContactParty.PARENTS, "Mother",
                ContactForm.PHONE, "Talked", "", null));
        refused("patronage.rule.openedAfterWork", () -> cases.update(c.id(), c.version(),
                new CaseDraft(pupil.id(), "deviant", "Grounds", today().minusDays(10))));
    }

    @Test
    void closingEndsTheCuratorsTermsAndFreezesTheCase() {
        PatronageCase c = curatedCase();
        asCoordinator();
        refused("core.error.required", () -> cases.close(c.id(), c.version(), today(), " "));
        refused("patronage.rule.closedBeforeOpening",
                () -> cases.close(c.id(), c.version(), c.openedOn().minusDays(1), "Done"));
        PatronageCase closed = cases.close(c.id(), c.version(), today(), "Behaviour improved");
        assertEquals(today(), closed.closedOn());
        assertEquals("Behaviour improved", closed.closingReason());
        assertFalse(closed.keepable());
        Curator ended = curators.curators(c.id()).get(0);
        assertEquals(today(), ended.to());
        assertEquals("case-closed", ended.endReason());
        refused("patronage.error.closed", () -> cases.close(c.id(), closed.version(), today(), "Again"));
        assertEquals(0, cases.count(CaseQuery.open()));
        assertEquals(1, cases.count(new CaseQuery("", "", false, false, false)));
        assertEquals(today(), cases.find(new CaseQuery("", "", false, false, false), 0, 1).get(0).closedOn());
        signIn("belova", SPECIALIST);
        assertEquals("Behaviour improved", cases.get(c.id()).closingReason(), "the curator at closing still reads it");
    }

    @Test
    void aReplacedCuratorNoLongerReadsTheCase() {
        PatronageCase c = curatedCase();
        var former = curators.curators(c.id()).get(0);
        curators.replace(former.id(), former.version(), org.opora.patronage.api.team.CuratorDraft.internal(
                teacher.id(), order.id(), today()));
        signIn("belova", SPECIALIST);
        refusedAndJournaled("belova", c.id(), () -> cases.get(c.id()));
    }

    @Test
    void pupilsOfAMandatoryCategoryWithoutACaseAreTheCoordinatorsDuty() {
        Pupil failing = core.addPupil("Sidorov", teacher.id(), false);
        core.setFlag(failing, "failing");
        core.setFlag(pupil, "deviant");
        Pupil atRisk = core.addPupil("Kozlov", teacher.id(), false);
        core.setFlag(atRisk, "at-risk");
        asCoordinator();
        assertEquals(List.of("Ivanov Ivan", "Sidorov Ivan"),
                cases.mandatoryWithoutCase().stream().map(PupilAtRisk::pupil).toList());
        cases.open(new CaseDraft(pupil.id(), "deviant", "Grounds", today()));
        assertEquals(List.of("failing"), cases.mandatoryWithoutCase().stream().map(PupilAtRisk::category).toList());
        signIn("smirnova", CLASS_TEACHER);
        assertEquals(List.of(), cases.mandatoryWithoutCase());
        wire(java.util.Map.of("mandatoryCategories", new String[0]));
        asCoordinator();
        assertEquals(List.of(), cases.mandatoryWithoutCase());
    }

    private static List<String> names(List<CaseSummary> found) {
        return found.stream().map(CaseSummary::pupil).toList();
    }
}
