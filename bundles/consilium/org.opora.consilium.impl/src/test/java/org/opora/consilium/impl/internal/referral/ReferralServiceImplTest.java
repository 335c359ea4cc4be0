package org.opora.consilium.impl.internal.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.REFERRAL_EXAMINE;
import static org.opora.consilium.api.ConsiliumPermissions.REFERRAL_FILE;
import static org.opora.consilium.api.ConsiliumPermissions.REFERRAL_RECEIVE;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.support.ConsiliumServiceTestSupport;
import org.opora.core.api.ConflictException;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;

class ReferralServiceImplTest extends ConsiliumServiceTestSupport {

    private static final String RECORD = "consilium.referral";

    private StaffMember teacher;
    private StaffMember psychologist;
    private Pupil pupil;

    @BeforeEach
    void school() {
        teacher = core.addStaff("Smirnova", "smirnova");
        psychologist = core.addStaff("Belova", "belova", "psychologist");
        core.addStaff("Orlova", "orlova", "social-pedagogue");
        pupil = core.addPupil("Ivanov", teacher.id(), false);
    }

    private LocalDate today() {
        return LocalDate.now();
    }

    private ReferralDraft draft(long pupilId) {
        return new ReferralDraft(pupilId, today().minusDays(1), List.of("anxiety"), "Cries during every lesson");
    }

    private void asTeacher() {
        signIn("smirnova", ACCESS, REFERRAL_FILE);
    }

    private void asDeputy() {
        signIn("deputy", ACCESS, REFERRAL_RECEIVE);
    }

    private void asPsychologist() {
        signIn("belova", ACCESS, REFERRAL_EXAMINE);
    }

    @Test
    void aTeacherFilesAReferralAndSeesOnlyTheirOwn() {
        asTeacher();

        Referral filed = referrals.file(draft(pupil.id()));

        assertEquals(ReferralStatus.FILED, filed.status());
        assertEquals("smirnova", filed.filedBy());
        assertEquals("5A", filed.className());
        audited("smirnova", AuditAction.CREATE, RECORD, filed.id());
        assertEquals(filed, referrals.get(filed.id()));
        assertEquals(1, referrals.count(ReferralQuery.of(ReferralQuery.Scope.MINE)));

        signIn("other", ACCESS, REFERRAL_FILE);
        denied(REFERRAL_RECEIVE, () -> referrals.get(filed.id()));
        assertEquals(List.of(), referrals.find(ReferralQuery.of(ReferralQuery.Scope.ALL), 0, 10));
    }

    /** «Дата выявления признаков»: empty, before the pupil's birth (born ten years ago), impossible, future. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "1900-01-01", "-1", "11y", "+1", "2999-01-01"})
    void theDayTheSignsWereObservedLiesBetweenThePupilsBirthAndToday(String day) {
        asTeacher();
        LocalDate observed = switch (day) {
            case "" -> null;
            case "-1" -> pupil.birthDate().minusDays(1);
            case "11y" -> today().minusYears(11);
            case "+1" -> today().plusDays(1);
            default -> LocalDate.parse(day);
        };
        ValidationException e = refused(observed == null ? "core.error.required" : "core.error.date.sinceBirth",
                () -> referrals.file(new ReferralDraft(pupil.id(), observed, List.of("anxiety"),
                        "Cries during every lesson")));
        assertEquals("observedOn", e.field());
        if (observed != null) {
            assertEquals(List.of(FieldChecks.day(pupil.birthDate()), FieldChecks.day(today())),
                    List.of(e.params()));
        }
        assertEquals(0, UNIT.rows("REFERRAL"));
        assertEquals(List.of(), audit.entries());
        assertEquals(pupil.birthDate(), referrals.file(new ReferralDraft(pupil.id(), pupil.birthDate(),
                List.of("anxiety"), "Cries during every lesson")).observedOn());
    }

    @Test
    void aReferralIsCheckedBeforeItIsFiled() {
        asTeacher();
        refused("consilium.error.signsRequired", () -> referrals.file(new ReferralDraft(pupil.id(),
                today(), List.of(), "Cries during every lesson")));
        refused("consilium.error.notInList", () -> referrals.file(new ReferralDraft(pupil.id(), today(),
                List.of("juggling"), "Cries during every lesson")));
        refused("consilium.error.descriptionShort", () -> referrals.file(new ReferralDraft(pupil.id(), today(),
                List.of("anxiety"), "Cries")));
        refused("consilium.error.pupilUnknown", () -> referrals.file(draft(4242)));
        Pupil archived = core.addPupil("Petrov", null, true);
        refused("consilium.error.pupilArchived", () -> referrals.file(draft(archived.id())));
        assertEquals(0, UNIT.rows("REFERRAL"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void onlyThoseWhoMayFileOrReceiveAreLetIn() {
        signIn("stranger");
        denied(ACCESS, () -> referrals.file(draft(pupil.id())));
        denied(ACCESS, () -> referrals.find(null, 0, 10));
        signIn("deputy", ACCESS, REFERRAL_RECEIVE);
        denied(REFERRAL_FILE, () -> referrals.file(draft(pupil.id())));
        assertEquals(0, UNIT.rows("REFERRAL"));
    }

    @Test
    void theAdministrationAcknowledgesAndNamesTheExaminer() {
        asTeacher();
        Referral filed = referrals.file(draft(pupil.id()));
        denied(REFERRAL_RECEIVE, () -> referrals.acknowledge(filed.id(), filed.version()));

        asDeputy();
        assertEquals(List.of(psychologist), referrals.examiners());
        Referral acknowledged = referrals.acknowledge(filed.id(), filed.version());
        assertEquals(today(), acknowledged.acknowledgedOn());
        audited("deputy", AuditAction.UPDATE, RECORD, filed.id());
        refused("consilium.error.referral.acknowledged", () -> referrals.acknowledge(filed.id(),
                acknowledged.version()));
        assertThrows(ConflictException.class, () -> referrals.assignExaminer(filed.id(), filed.version(),
                psychologist.id()));
        refused("consilium.error.referral.notExaminer", () -> referrals.assignExaminer(filed.id(),
                acknowledged.version(), teacher.id()));

        Referral assigned = referrals.assignExaminer(filed.id(), acknowledged.version(), psychologist.id());
        assertEquals(psychologist.id(), assigned.examinerId());
        assertEquals(psychologist.name().full(), assigned.examinerName());
        audited("deputy", AuditAction.UPDATE, RECORD, filed.id());
    }

    @Test
    void thePsychologistRecordsTheExaminationAndReadingTheFindingsIsAudited() {
        asTeacher();
        Referral filed = referrals.file(draft(pupil.id()));

        asPsychologist();
        assertTrue(referrals.canExamine(filed.id()));
        assertEquals(1, referrals.count(ReferralQuery.of(ReferralQuery.Scope.TO_EXAMINE)));
        refused("consilium.error.referral.examinedBeforeFiled", () -> referrals.recordExamination(filed.id(),
                filed.version(), new Examination(today().minusDays(3), "Anxiety confirmed", true)));
        Referral examined = referrals.recordExamination(filed.id(), filed.version(),
                new Examination(today(), "Anxiety confirmed", true));

        assertEquals(ReferralStatus.CONFIRMED, examined.status());
        assertEquals(psychologist.id(), examined.examinerId(), "the examiner names themselves");
        audited("belova", AuditAction.UPDATE, RECORD, filed.id());
        assertFalse(referrals.canExamine(filed.id()));
        refused("consilium.error.referral.notAwaitingExamination", () -> referrals.recordExamination(filed.id(),
                examined.version(), new Examination(today(), "Again", false)));

        audit.clear();
        assertEquals("Anxiety confirmed", referrals.get(filed.id()).findings());
        audited("belova", AuditAction.READ, RECORD, filed.id());

        asTeacher();
        Referral seenByTeacher = referrals.get(filed.id());
        assertFalse(seenByTeacher.findingsVisible());
        assertEquals("", seenByTeacher.findings());
        assertEquals(List.of(), audit.entries(), "no findings read, nothing journaled");
    }

    @Test
    void onlyAnExaminerOfTheRightTypeMayExamine() {
        asTeacher();
        Referral filed = referrals.file(draft(pupil.id()));
        Examination exam = new Examination(today(), "Anxiety confirmed", true);

        signIn("smirnova", ACCESS, REFERRAL_EXAMINE);
        denied(REFERRAL_EXAMINE, () -> referrals.recordExamination(filed.id(), filed.version(), exam));
        assertFalse(referrals.canExamine(filed.id()));
        assertEquals(List.of(), referrals.find(ReferralQuery.of(ReferralQuery.Scope.TO_EXAMINE), 0, 10));

        StaffMember other = core.addStaff("Volkova", "volkova", "psychologist");
        asDeputy();
        Referral assigned = referrals.assignExaminer(filed.id(), filed.version(), other.id());
        asPsychologist();
        denied(REFERRAL_EXAMINE, () -> referrals.recordExamination(filed.id(), assigned.version(), exam));
        assertEquals(ReferralStatus.FILED, referrals.get(filed.id()).status());
    }

    /** Found by the access-matrix test: the state was checked before the assignment, so the refusal was a rule's. */
    @Test
    void anotherExaminerIsRefusedBeforeTheReferralsStateIsLookedAt() {
        asTeacher();
        Referral filed = referrals.file(draft(pupil.id()));
        StaffMember other = core.addStaff("Volkova", "volkova", "psychologist");
        asDeputy();
        Referral assigned = referrals.assignExaminer(filed.id(), filed.version(), other.id());
        signIn("volkova", ACCESS, REFERRAL_EXAMINE);
        Referral examined = referrals.recordExamination(filed.id(), assigned.version(),
                new Examination(today(), "Anxiety confirmed", true));

        asPsychologist();
        denied(REFERRAL_EXAMINE, () -> referrals.recordExamination(filed.id(), examined.version(),
                new Examination(today(), "Something else", false)));
        signIn("volkova", ACCESS, REFERRAL_EXAMINE);
        assertEquals("Anxiety confirmed", referrals.get(filed.id()).findings());
        assertEquals(examined.version(), referrals.get(filed.id()).version());
    }

    @Test
    void theAuthorOrTheAdministrationWithdrawsWithAReason() {
        asTeacher();
        Referral filed = referrals.file(draft(pupil.id()));
        refused("core.error.required", () -> referrals.withdraw(filed.id(), filed.version(), " "));

        signIn("other", ACCESS, REFERRAL_FILE);
        denied(REFERRAL_RECEIVE, () -> referrals.withdraw(filed.id(), filed.version(), "Filed by mistake"));

        asTeacher();
        assertThrows(ConflictException.class, () -> referrals.withdraw(filed.id(), filed.version() - 1,
                "Filed by mistake"));
        Referral withdrawn = referrals.withdraw(filed.id(), filed.version(), "Filed by mistake");
        assertEquals(ReferralStatus.WITHDRAWN, withdrawn.status());
        audited("smirnova", AuditAction.UPDATE, RECORD, filed.id());
        refused("consilium.error.referral.notWithdrawable", () -> referrals.withdraw(filed.id(),
                withdrawn.version(), "Again"));
    }

    /** Each field of the referral form fed a bad value: refused with its message on that field, nothing stored. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "pupilId     | 4242               | consilium.error.pupilUnknown",
        "observedOn  | ''                 | core.error.required",
        "observedOn  | 1900-01-01         | core.error.date.sinceBirth",
        "observedOn  | 2999-01-01         | core.error.date.sinceBirth",
        "signs       | ''                 | consilium.error.signsRequired",
        "signs       | <script>           | consilium.error.notInList",
        "description | ''                 | core.error.required",
        "description | Cries              | consilium.error.descriptionShort",
        "description | LONG               | core.error.tooLong"})
    void aBadFieldOfTheReferralFormIsRefusedAndNothingIsStored(String field, String value, String key) {
        asTeacher();
        ReferralDraft d = new ReferralDraft("pupilId".equals(field) ? Long.parseLong(value) : pupil.id(),
                !"observedOn".equals(field) ? today() : value.isEmpty() ? null : LocalDate.parse(value),
                !"signs".equals(field) ? List.of("anxiety") : value.isEmpty() ? List.of() : List.of(value),
                !"description".equals(field) ? "Cries during every lesson"
                        : "LONG".equals(value) ? "я".repeat(4001) : value);
        ValidationException e = refused(key, () -> referrals.file(d));
        assertEquals(field, e.field());
        assertEquals(0, UNIT.rows("REFERRAL"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void everyObjectionOfTheReferralFormComesAtOnce() {
        asTeacher();
        ValidationException e = assertThrows(ValidationException.class, () -> referrals.file(
                new ReferralDraft(pupil.id(), LocalDate.parse("1900-01-01"), List.of(), "Cries")));
        assertEquals(List.of("observedOn", "signs", "description"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(0, UNIT.rows("REFERRAL"));
    }

    /** Each field of the examination form fed a bad value: refused on that field, the referral unchanged. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "examinedOn | ''         | core.error.required",
        "examinedOn | TOMORROW   | core.error.future",
        "examinedOn | 1900-01-01 | core.error.date.range",
        "findings   | ''         | core.error.required",
        "findings   | LONG       | core.error.tooLong"})
    void aBadFieldOfTheExaminationFormIsRefusedAndTheReferralIsUnchanged(String field, String value, String key) {
        asTeacher();
        Referral filed = referrals.file(draft(pupil.id()));
        asPsychologist();
        LocalDate on = !"examinedOn".equals(field) ? today() : value.isEmpty() ? null
                : "TOMORROW".equals(value) ? today().plusDays(1) : LocalDate.parse(value);
        String findings = !"findings".equals(field) ? "Anxiety confirmed" : "LONG".equals(value) ? "я".repeat(8001)
                : value;
        ValidationException e = refused(key, () -> referrals.recordExamination(filed.id(), filed.version(),
                new Examination(on, findings, true)));
        assertEquals(field, e.field());
        assertEquals(ReferralStatus.FILED, referrals.get(filed.id()).status());
        assertEquals("", referrals.get(filed.id()).findings());
    }
}
