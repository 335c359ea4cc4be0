package org.opora.core.impl.internal.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.audit.AuditAction;

class DocumentRegisterImplTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static final Attachment PLAN = new Attachment("C:\\plans\\plan.txt", "text/plain",
            "Annual plan".getBytes(StandardCharsets.UTF_8));
    private static final Attachment PDF = new Attachment("plan.pdf", "application/octet-stream",
            "%PDF-1.7 plan".getBytes(StandardCharsets.US_ASCII));

    private DocumentDraft plan(String title) {
        return new DocumentDraft("annual-plan", title, null, currentYear());
    }

    @Test
    void aSpecialistAddsADocumentWithItsFileAndTheAdditionIsAudited() {
        StaffMember author = staffMember("Belova", "belova");
        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);

        DocumentRecord d = documents.add(new DocumentDraft("annual-plan", "Plan of the service", author.id(),
                currentYear()), PLAN);

        assertEquals("plan.txt", d.fileName(), "the path the browser sent is dropped");
        assertEquals("text/plain", d.contentType());
        assertEquals(author.id(), d.authorId());
        assertEquals("belova", d.addedBy());
        audited("belova", AuditAction.CREATE, "document", d.id());
        Attachment file = documents.file(d.id());
        assertArrayEquals(PLAN.content(), file.content());
        audited("belova", AuditAction.READ, "document", d.id());
    }

    @Test
    void filesAreCheckedByTypeContentAndTheSchoolsSizeLimit() {
        refused("core.error.file.type", () -> documents.add(plan("x"), new Attachment("run.exe", "", new byte[] { 1 })));
        refused("core.error.file.content", () -> documents.add(plan("x"), new Attachment("fake.pdf", "",
                "not a pdf".getBytes(StandardCharsets.US_ASCII))));
        refused("core.error.file.empty", () -> documents.add(plan("x"), new Attachment("e.txt", "", new byte[0])));
        wire(Map.of("maxFileMegabytes", 1, "fileTypes", new String[] { "pdf" }));
        refused("core.error.file.type", () -> documents.add(plan("x"), PLAN));
        refused("core.error.file.tooLarge", () -> documents.add(plan("x"), new Attachment("big.pdf", "",
                bigPdf())));
        assertEquals(0, documents.count(DocumentQuery.all()));
    }

    @Test
    void theTypeComesFromTheListAndTheTitleIsRequired() {
        refused("core.error.notInList", () -> documents.add(new DocumentDraft("poem", "x", null, currentYear()), PLAN));
        refused("core.error.required", () -> documents.add(plan(" "), PLAN));
        refused("core.error.staff.unknown", () -> documents.add(new DocumentDraft("annual-plan", "x", 999L,
                currentYear()), PLAN));
    }

    @Test
    void theDirectorApprovesOnceAndAnApprovedFileStaysAsApproved() {
        DocumentRecord d = documents.add(plan("Plan"), PLAN);
        signIn("specialist", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        denied(CorePermissions.DOCUMENT_APPROVE, () -> documents.approve(d.id(), d.version(), "Director", today()));
        signIn("director", CorePermissions.DOCUMENT_APPROVE, CorePermissions.DOCUMENT_READ);
        refused("core.error.future", () -> documents.approve(d.id(), d.version(), "Director", today().plusDays(1)));

        DocumentRecord approved = documents.approve(d.id(), d.version(), "Director Sokolova", today());

        assertEquals("Director Sokolova", approved.approvedBy());
        assertEquals(today(), approved.approvedOn());
        assertEquals("approved", audit.last().summary());
        refused("core.error.document.approved", () -> documents.approve(d.id(), approved.version(), "Again",
                today()));
        signIn("specialist", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        refused("core.error.document.approved", () -> documents.replaceFile(d.id(), approved.version(), PDF));
    }

    @Test
    void aFileIsReplacedAndStaleCopiesAreConflicts() {
        DocumentRecord d = documents.add(plan("Plan"), PLAN);
        DocumentRecord replaced = documents.replaceFile(d.id(), d.version(), PDF);
        assertEquals("application/pdf", replaced.contentType(), "the type is the one the content shows");
        assertEquals("file replaced", audit.last().summary());
        assertArrayEquals(PDF.content(), documents.file(d.id()).content());

        assertThrows(ConflictException.class, () -> documents.replaceFile(d.id(), d.version(), PLAN));
        assertThrows(ConflictException.class, () -> documents.update(d.id(), d.version(), plan("Renamed")));
        assertThrows(ConflictException.class, () -> documents.approve(d.id(), d.version(), "Director", today()));
        DocumentRecord renamed = documents.update(d.id(), replaced.version(), plan("Renamed"));
        assertEquals("Renamed", documents.get(d.id()).title());
        audited("system", AuditAction.UPDATE, "document", renamed.id());
    }

    @Test
    void whoJustAddedADocumentWithdrawsItWithItsFileWhileItIsNeitherApprovedNorArchived() {
        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        DocumentRecord d = documents.add(plan("A certificate whose record failed"), PLAN);
        DocumentRecord kept = documents.add(plan("Plan"), PLAN);
        signIn("orlova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        refused("core.error.document.withdraw", () -> documents.withdraw(d.id()));
        signIn("belova", CorePermissions.DOCUMENT_READ);
        denied(CorePermissions.DOCUMENT_EDIT, () -> documents.withdraw(d.id()));

        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        documents.withdraw(d.id());

        audited("belova", AuditAction.DELETE, "document", d.id());
        assertEquals("withdrawn", audit.last().summary());
        assertThrows(NotFoundException.class, () -> documents.get(d.id()));
        assertEquals(List.of(kept.id()), documents.find(DocumentQuery.all(), 0, 10).stream().map(DocumentRecord::id)
                .toList());
        assertEquals(1, UNIT.rows("DOCUMENT_FILE"));
        DocumentRecord archived = documents.archive(kept.id(), kept.version(), true);
        refused("core.error.document.withdraw", () -> documents.withdraw(archived.id()));
        DocumentRecord back = documents.archive(kept.id(), archived.version(), false);
        signIn("director", CorePermissions.DOCUMENT_APPROVE, CorePermissions.DOCUMENT_READ);
        documents.approve(kept.id(), back.version(), "Director", today());
        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        refused("core.error.document.withdraw", () -> documents.withdraw(kept.id()));
        assertEquals(1, documents.count(DocumentQuery.all()));
    }

    @Test
    void theRegisterIsSearchedByTitleTypeAuthorAndYear() {
        StaffMember author = staffMember("Belova", "belova");
        documents.add(new DocumentDraft("annual-plan", "Annual plan of the service", author.id(), currentYear()), PLAN);
        documents.add(new DocumentDraft("report", "Report for the year", null, currentYear()), PLAN);
        documents.add(new DocumentDraft("report", "Old report", null, new org.opora.core.api.AcademicYear(
                currentYear().startYear() - 1)), PLAN);

        assertEquals(List.of("Report for the year", "Annual plan of the service", "Old report"),
                titles(documents.find(DocumentQuery.all(), 0, 10)));
        assertEquals(List.of("Report for the year", "Old report"),
                titles(documents.find(new DocumentQuery("", "report", null, null), 0, 10)));
        assertEquals(List.of("Annual plan of the service"),
                titles(documents.find(new DocumentQuery("plan", "", author.id(), currentYear()), 0, 10)));
        assertEquals(1, documents.count(new DocumentQuery("old", "", null, null)));
    }

    @Test
    void readingAndEditingNeedTheirPermissions() {
        DocumentRecord d = documents.add(plan("Plan"), PLAN);
        signIn("teacher", CorePermissions.PUPIL_READ);
        denied(CorePermissions.DOCUMENT_READ, () -> documents.find(DocumentQuery.all(), 0, 10));
        denied(CorePermissions.DOCUMENT_READ, () -> documents.file(d.id()));
        signIn("director", CorePermissions.DOCUMENT_READ, CorePermissions.DOCUMENT_APPROVE);
        denied(CorePermissions.DOCUMENT_EDIT, () -> documents.add(plan("Other"), PLAN));
        denied(CorePermissions.DOCUMENT_EDIT, () -> documents.update(d.id(), d.version(), plan("Other")));
        denied(CorePermissions.DOCUMENT_EDIT, () -> documents.replaceFile(d.id(), d.version(), PDF));
        assertTrue(documents.get(d.id()).title().equals("Plan"));
    }

    private static byte[] bigPdf() {
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF.content(), 0, big, 0, 4);
        return big;
    }

    @Test
    void aDocumentCarriesItsDirectionOfWorkChosenOrByItsTypeAndIsListedAsTheServicesWork() {
        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        assertEquals("methodology", documents.add(plan("Plan of the service"), PLAN).direction());
        assertEquals("diagnostics", documents.add(new DocumentDraft("examination", "Examination of 5A", null,
                currentYear()), PLAN).direction());
        DocumentRecord chosen = documents.add(new DocumentDraft("report", "Prevention week report", null,
                currentYear(), "prevention"), PLAN);
        assertEquals("prevention", chosen.direction());
        refused("core.error.direction.unknown", () -> documents.add(new DocumentDraft("report", "x", null,
                currentYear(), "astrology"), PLAN));
        refused("core.error.direction.unknown", () -> documents.update(chosen.id(), chosen.version(),
                new DocumentDraft("report", "x", null, currentYear(), "astrology")));
        assertEquals(3, documents.count(DocumentQuery.all()));
        assertEquals("prevention", documents.get(chosen.id()).direction());

        DocumentActivities source = new DocumentActivities(db, guard, new MessagesTranslator());
        ActivityQuery today = new ActivityQuery(today(), today(), ActivityQuery.ALL);
        assertEquals(3, source.activities(today, RU).size());
        List<Activity> prevention = source.activities(today.withDirection("prevention"), RU);
        assertEquals(List.of("Prevention week report"), prevention.stream().map(Activity::title).toList());
        assertEquals("documents", prevention.get(0).route());
        assertEquals(0, source.activities(new ActivityQuery(today().minusDays(9), today().minusDays(2),
                ActivityQuery.ALL), RU).size(), "another period");
        signIn("teacher", CorePermissions.PUPIL_READ);
        assertEquals(List.of(), source.activities(today, RU));
    }

    private static List<String> titles(List<DocumentRecord> found) {
        return found.stream().map(DocumentRecord::title).toList();
    }

    @Test
    void anExaminationAboutAPupilIsReadByTheExaminerAndTheHeadNotByAnotherSpecialist() {
        StaffMember examiner = staffMember("Belova", "belova");
        staffMember("Orlova", "orlova");
        long pupilId = pupil("Ivanov", schoolClass(5, "A", null).id()).id();
        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        DocumentRecord exam = documents.add(new DocumentDraft("examination", "Examination of Ivanov", examiner.id(),
                currentYear(), pupilId), PLAN);
        documents.add(plan("Plan of the service"), PLAN);
        assertEquals(pupilId, exam.pupilId());
        assertEquals(2, documents.count(DocumentQuery.all()));
        assertEquals(List.of(exam.id()), documents.find(DocumentQuery.aboutPupil(pupilId), 0, 10).stream()
                .map(DocumentRecord::id).toList());

        signIn("orlova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        assertEquals(1, documents.count(DocumentQuery.all()), "the other specialist does not find it");
        assertEquals(List.of("Plan of the service"), documents.find(DocumentQuery.all(), 0, 10).stream()
                .map(DocumentRecord::title).toList());
        assertThrows(AccessDeniedException.class, () -> documents.get(exam.id()));
        audited("orlova", AuditAction.REFUSED, "document", exam.id());
        assertThrows(AccessDeniedException.class, () -> documents.file(exam.id()));
        assertFalse(documents.canRead(exam));

        signIn("head", CorePermissions.DOCUMENT_READ, CorePermissions.DOCUMENT_CONFIDENTIAL);
        assertEquals("Examination of Ivanov", documents.get(exam.id()).title());
        assertEquals(2, documents.count(DocumentQuery.all()));
    }

    @Test
    void aDocumentAboutAPupilIsReadByWhoeverAModuleTiesToThePupilButNotAnExaminationOfThatPupil() {
        StaffMember examiner = staffMember("Belova", "belova");
        StaffMember curator = staffMember("Orlova", "orlova");
        long ivanov = pupil("Ivanov", schoolClass(5, "A", null).id()).id();
        long petrov = pupil("Petrov", schoolClass(5, "B", null).id()).id();
        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        DocumentRecord exam = documents.add(new DocumentDraft("examination", "Examination of Ivanov", examiner.id(),
                currentYear(), ivanov), PLAN);
        DocumentRecord letter = documents.add(new DocumentDraft("annual-plan", "Letter about Ivanov", examiner.id(),
                currentYear(), ivanov), PLAN);
        DocumentRecord other = documents.add(new DocumentDraft("annual-plan", "Letter about Petrov", examiner.id(),
                currentYear(), petrov), PLAN);
        documents.add(plan("Plan of the service"), PLAN);

        signIn("orlova", CorePermissions.DOCUMENT_READ);
        assertEquals(1, documents.count(DocumentQuery.all()), "untied, she finds only the unrestricted plan");
        assertThrows(AccessDeniedException.class, () -> documents.get(letter.id()));

        documents.addTie((staffId, login) -> staffId == curator.id() && "orlova".equals(login)
                ? java.util.Set.of(ivanov) : java.util.Set.of());
        assertEquals(List.of("Letter about Ivanov", "Plan of the service"), documents.find(DocumentQuery.all(), 0, 10)
                .stream().map(DocumentRecord::title).sorted().toList());
        assertEquals(2, documents.count(DocumentQuery.all()));
        assertEquals("Letter about Ivanov", documents.get(letter.id()).title());
        assertTrue(documents.canRead(letter));
        assertFalse(documents.canRead(exam), "examination materials stay with the examiner and the head");
        assertThrows(AccessDeniedException.class, () -> documents.get(exam.id()));
        assertThrows(AccessDeniedException.class, () -> documents.get(other.id()), "not tied to Petrov");

        documents.addTie((staffId, login) -> {
            throw new IllegalStateException("a module's tie fails");
        });
        assertEquals(2, documents.count(DocumentQuery.all()), "a failing module does not close the register");
    }

    @Test
    void anArchivedDocumentPastItsPeriodIsDestroyedByAnActThatIsJournaled() {
        DocumentRecord old = documents.add(new DocumentDraft("annual-plan", "Plan 2015", null,
                new AcademicYear(2015)), PLAN);
        DocumentRecord kept = documents.add(plan("Plan now"), PLAN);
        DocumentRecord report = documents.add(new DocumentDraft("report", "Report 2015", null,
                new AcademicYear(2015)), PLAN);
        signIn("head", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ,
                CorePermissions.DOCUMENT_DESTROY);
        assertEquals(List.of(), documents.dueForDestruction(), "nothing archived yet");
        DocumentRecord archived = documents.archive(old.id(), old.version(), true);
        DocumentRecord keptArchived = documents.archive(kept.id(), kept.version(), true);
        documents.archive(report.id(), report.version(), true);
        assertEquals(List.of(old.id()), documents.dueForDestruction().stream().map(DocumentRecord::id).toList());

        refused("core.error.destruction.kept", () -> documents.destroy(new DestructionDraft("1", today(),
                "Commission", List.of(old.id(), keptArchived.id()))));
        refused("core.error.destruction.permanent", () -> documents.destroy(new DestructionDraft("1", today(),
                "Commission", List.of(report.id()))));
        refused("core.error.required", () -> documents.destroy(new DestructionDraft("", today(), "Commission",
                List.of(old.id()))));
        assertArrayEquals(PLAN.content(), documents.file(old.id()).content(), "nothing destroyed by a refusal");

        DestructionAct act = documents.destroy(new DestructionDraft("7-A", today(), "Smirnova E. V., Orlova O. P.",
                List.of(archived.id())));
        audited("head", AuditAction.DELETE, "document-destruction-act", act.id());
        assertTrue(documents.get(old.id()).destroyed());
        refused("core.error.document.destroyed", () -> documents.file(old.id()));
        assertEquals(List.of(old.id()), documents.destroyedBy(act.id()).stream().map(DocumentRecord::id).toList());
        assertEquals(List.of(), documents.dueForDestruction());

        signIn("specialist", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        denied(CorePermissions.DOCUMENT_DESTROY, () -> documents.dueForDestruction());
    }
}
