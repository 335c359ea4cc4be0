package org.opora.core.impl.internal.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.AccessDeniedException;

class PupilServiceImplTest extends CoreServiceTestSupport {

    private static final String[] CLASS_TEACHER = { CorePermissions.PUPIL_READ, CorePermissions.PUPIL_FLAGS,
        CorePermissions.PUPIL_EDIT_OWN_CLASS };

    private SchoolClass sevenA;
    private SchoolClass sevenB;

    @BeforeEach
    void classes() {
        sevenA = schoolClass(7, "A", staffMember("Belova", "belova").id());
        sevenB = schoolClass(7, "B", staffMember("Popova", "popova").id());
    }

    @Test
    void aSpecialistCreatesAPupilInAClassAndTheCreationIsAudited() {
        signIn("specialist", CorePermissions.PUPIL_EDIT, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);

        Pupil p = pupil("Ivanov", sevenA.id());

        assertEquals("7A", p.className());
        assertEquals("Belova", p.classTeacher().split(" ")[0]);
        assertEquals(p, pupils.get(p.id()));
        audited("specialist", AuditAction.CREATE, "pupil", p.id());
    }

    @Test
    void aWebRequestWithoutASignedInUserReadsAndWritesNothing() {
        Pupil p = pupil("Ivanov", sevenA.id());
        audit.clear();
        security.anonymous();

        assertThrows(AccessDeniedException.class, () -> pupils.card(p.id()));
        assertThrows(AccessDeniedException.class, () -> pupils.find(PupilQuery.all(), 0, 10));
        assertThrows(AccessDeniedException.class, () -> pupil("Petrov", sevenA.id()));
        assertEquals(List.of(), audit.entries());
        security.signOut();
        assertEquals(1, pupils.count(PupilQuery.all()));
    }

    @Test
    void theAgeFollowsTheSchoolsRules() {
        refused("core.error.pupil.age", () -> pupils.create(new PupilDraft(new PersonName("Ivanov", "Ivan", ""),
                today().minusYears(3), Sex.MALE, sevenA.id())));
        refused("core.error.pupil.age", () -> pupils.create(new PupilDraft(new PersonName("Ivanov", "Ivan", ""),
                today().minusYears(25), Sex.MALE, sevenA.id())));
        refused("core.error.future", () -> pupils.create(new PupilDraft(new PersonName("Ivanov", "Ivan", ""),
                today().plusDays(1), Sex.MALE, sevenA.id())));
        refused("core.error.required", () -> pupils.create(new PupilDraft(new PersonName("Ivanov", "Ivan", ""),
                today().minusYears(10), null, sevenA.id())));
        assertEquals(0, pupils.count(PupilQuery.all()));
    }

    /** The pupil form field by field: empty, too long, markup, mixed alphabets, emoji, dates out of range. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "surname    | ''              | core.error.required",
        "surname    | LONG            | core.error.tooLong",
        "surname    | <b>Иванов</b>   | core.error.name.letters",
        "surname    | Ивaнoв          | core.error.name.mixed",
        "surname    | Иванов😀        | core.error.name.letters",
        "givenName  | ''              | core.error.required",
        "givenName  | Ивaн            | core.error.name.mixed",
        "givenName  | Ivan2           | core.error.name.letters",
        "patronymic | LONG            | core.error.tooLong",
        "patronymic | Пeтрович        | core.error.name.mixed",
        "birthDate  | ''              | core.error.required",
        "birthDate  | 1900-01-01      | core.error.pupil.age",
        "birthDate  | 2999-01-01      | core.error.future"})
    void aBadFieldOfThePupilFormIsRefusedAndNothingIsStored(String field, String value, String key) {
        String v = "LONG".equals(value) ? "Я".repeat(101) : value;
        PersonName name = new PersonName("surname".equals(field) ? v : "Иванов", "givenName".equals(field) ? v : "Иван",
                "patronymic".equals(field) ? v : "Петрович");
        java.time.LocalDate birth = !"birthDate".equals(field) ? today().minusYears(10)
                : v.isEmpty() ? null : java.time.LocalDate.parse(v);
        org.opora.core.api.ValidationException e = refused(key,
                () -> pupils.create(new PupilDraft(name, birth, Sex.MALE, sevenA.id())));
        assertEquals(field, e.field());
        assertEquals(0, pupils.count(PupilQuery.all()));
    }

    @Test
    void everyBadFieldOfThePupilFormIsReportedAtOnce() {
        String tooLong = "Я".repeat(101);
        org.opora.core.api.ValidationException e = refused("core.error.tooLong", () -> pupils.create(
                new PupilDraft(new PersonName(tooLong, tooLong, "Пeтрович"), null, null, sevenA.id())));
        List<String> fields = ((org.opora.core.api.ValidationErrors) e).errors().stream()
                .map(v -> v.field() + " " + v.messageKey()).toList();
        assertEquals(List.of("surname core.error.tooLong", "givenName core.error.tooLong",
                "patronymic core.error.name.mixed", "birthDate core.error.required", "sex core.error.required"), fields);
        assertEquals(0, pupils.count(PupilQuery.all()));
    }

    @Test
    void theSamePupilIsNotEnteredTwiceButANamesakeIs() {
        Pupil first = pupil("Ivanov", sevenA.id());
        refused("core.error.pupil.duplicate", () -> pupil("ivanov", sevenB.id()));
        PupilDraft namesake = new PupilDraft(first.name(), first.birthDate().minusDays(1), Sex.MALE, sevenB.id());
        pupils.create(namesake);
        pupils.archive(first.id(), today(), "moved away");
        pupil("Ivanov", sevenB.id());
        assertEquals(2, pupils.count(PupilQuery.byName("ivanov")));
    }

    @Test
    void aPupilWhoLeftLeavesEveryListOfTheCurrentPupilsAndComesBackWhenRestored() {
        Pupil stays = pupil("Ivanov", sevenA.id());
        Pupil leaves = pupil("Petrov", sevenA.id());
        pupils.archive(leaves.id(), today(), "moved away");
        // the lists read the placements' copy of the pupil's state (PlacementEntity), kept by archive and restore
        assertEquals(1, pupils.count(PupilQuery.all()));
        assertEquals(List.of("Ivanov"), surnames(pupils.find(PupilQuery.all(), 0, 50)));
        assertEquals(List.of("Ivanov"), surnames(pupils.ofClass(sevenA.id())));
        assertEquals(0, pupils.count(PupilQuery.byName("petrov")));
        assertEquals(1, pupils.count(new PupilQuery("", null, "", true)));

        pupils.restore(leaves.id(), sevenB.id());
        assertEquals(2, pupils.count(PupilQuery.all()));
        assertEquals(List.of("Ivanov", "Petrov"), surnames(pupils.find(PupilQuery.all(), 0, 50)));
        assertEquals(List.of("Petrov"), surnames(pupils.ofClass(sevenB.id())));
        assertEquals(stays.id(), pupils.find(PupilQuery.all(), 0, 1).get(0).id());
    }

    @Test
    void aPupilJoinsAClassOfTheCurrentYearOnly() {
        SchoolClass nextYear = classes.create(currentYear().next(), new org.opora.core.api.pupil.ClassDraft(8, "A", null));
        refused("core.error.pupil.classNotCurrent", () -> pupil("Ivanov", nextYear.id()));
        refused("core.error.pupil.classNotCurrent", () -> pupil("Ivanov", 999));
    }

    @Test
    void aClassTeacherEditsThePupilsOfTheirOwnClassOnly() {
        Pupil own = pupil("Ivanov", sevenA.id());
        Pupil other = pupil("Petrov", sevenB.id());
        signIn("belova", CLASS_TEACHER);

        assertTrue(pupils.canEdit(own.id()));
        assertFalse(pupils.canEdit(other.id()));
        assertTrue(pupils.card(own.id()).editable());
        Pupil corrected = pupils.update(own.id(), own.version(), new PupilDraft(new PersonName("Ivanov", "Ivan",
                "Petrovich"), own.birthDate(), Sex.MALE, sevenA.id()));
        assertEquals("Petrovich", corrected.name().patronymic());
        audited("belova", AuditAction.UPDATE, "pupil", own.id());

        audit.clear();
        denied(CorePermissions.PUPIL_EDIT, () -> pupils.update(other.id(), other.version(), draft("Petrov",
                sevenB.id())));
        denied(CorePermissions.PUPIL_EDIT, () -> pupils.addRepresentative(other.id(), mother()));
        denied(CorePermissions.PUPIL_EDIT, () -> pupils.create(draft("Sidorov", sevenA.id())));
    }

    @Test
    void aClassTeacherDoesNotMovePupilsBetweenClassesTheOfficeDoes() {
        Pupil p = pupil("Ivanov", sevenA.id());
        signIn("belova", CLASS_TEACHER);
        refused("core.error.pupil.moveNotAllowed", () -> pupils.update(p.id(), p.version(), draft("Ivanov",
                sevenB.id())));
        signIn("office", CorePermissions.PUPIL_EDIT, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        assertEquals("7B", pupils.update(p.id(), p.version(), draft("Ivanov", sevenB.id())).className());
        assertEquals(List.of("Ivanov"), surnames(pupils.ofClass(sevenB.id())));
        assertEquals(List.of(), pupils.ofClass(sevenA.id()));
    }

    @Test
    void anUpdateFromAStaleCopyIsAConflict() {
        Pupil p = pupil("Ivanov", sevenA.id());
        pupils.update(p.id(), p.version(), draft("Ivanova", sevenA.id()));
        assertThrows(ConflictException.class, () -> pupils.update(p.id(), p.version(), draft("Sidorov",
                sevenA.id())));
        assertEquals("Ivanova", pupils.get(p.id()).name().surname());
    }

    @Test
    void aTeacherReadsThePupilsOfTheClassesTheyLeadOrTeachInOnly() {
        Pupil own = pupil("Ivanov", sevenA.id());
        Pupil taught = pupil("Petrov", sevenB.id());
        SchoolClass eightA = schoolClass(8, "A", null);
        Pupil other = pupil("Sidorov", eightA.id());
        Pupil left = pupil("Orlov", sevenA.id());
        pupils.archive(left.id(), today(), "moved away");
        long belova = sevenA.classTeacherId();
        classes.update(sevenB.id(), sevenB.version(), new ClassDraft(7, "B", sevenB.classTeacherId()),
                java.util.Set.of(belova));
        signIn("belova", CorePermissions.PUPIL_READ);

        assertEquals(List.of("Ivanov", "Petrov"), pupils.find(PupilQuery.all(), 0, 10).stream()
                .map(x -> x.name().surname()).toList());
        assertEquals(2, pupils.count(PupilQuery.all()));
        assertEquals(own.id(), pupils.get(own.id()).id());
        assertEquals(taught.id(), pupils.card(taught.id()).pupil().id(), "a class they teach in");
        assertEquals(1, pupils.ofClass(sevenB.id()).size());
        assertEquals(0, pupils.count(new PupilQuery("", eightA.id(), "", false)), "another class lists nobody");
        assertEquals(0, pupils.count(new PupilQuery("", null, "", true)), "pupils who left are read school-wide");
        audit.clear();
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> pupils.card(other.id()));
        assertEquals(CorePermissions.PUPIL_READ_ALL, refused.permission());
        audited("belova", AuditAction.REFUSED, "pupil", other.id());
        assertThrows(AccessDeniedException.class, () -> pupils.get(other.id()));
        assertThrows(AccessDeniedException.class, () -> pupils.get(left.id()));
        assertThrows(AccessDeniedException.class, () -> pupils.ofClass(eightA.id()));

        signIn("popova-without-staff-record", CorePermissions.PUPIL_READ);
        assertEquals(0, pupils.count(PupilQuery.all()), "an account without a staff record reads no class");
    }

    @Test
    void everyPupilIsReadWithTheSchoolWidePermissionOrWhereTheSchoolSaysSo() {
        pupil("Ivanov", sevenA.id());
        Pupil other = pupil("Sidorov", schoolClass(8, "A", null).id());
        signIn("psychologist", CorePermissions.PUPIL_READ_ALL);
        assertEquals(2, pupils.count(PupilQuery.all()));
        assertEquals(other.id(), pupils.card(other.id()).pupil().id());

        wire(java.util.Map.of("teachersReadAllPupils", true));
        signIn("belova", CorePermissions.PUPIL_READ);
        assertEquals(2, pupils.count(PupilQuery.all()));
        assertEquals(other.id(), pupils.get(other.id()).id());
    }

    @Test
    void theTeachersOfAClassAreKeptWithItAndRefusedWhenUnknown() {
        long popova = sevenB.classTeacherId();
        SchoolClass c = classes.create(currentYear(), new ClassDraft(9, "A", null), java.util.Set.of(popova));
        assertEquals(java.util.Set.of(popova), classes.teacherIds(c.id()));
        assertEquals(List.of("7B", "9A"), classes.workedInBy(popova, currentYear()).stream()
                .map(SchoolClass::name).toList());
        refused("core.error.staff.unknown", () -> classes.update(c.id(), c.version(), new ClassDraft(9, "A", null),
                java.util.Set.of(popova, 999L)));
        assertEquals(java.util.Set.of(popova), classes.teacherIds(c.id()), "nothing stored half");
        SchoolClass renamed = classes.update(c.id(), c.version(), new ClassDraft(9, "B", null));
        assertEquals(java.util.Set.of(popova), classes.teacherIds(renamed.id()), "kept by the update without them");
    }

    @Test
    void aPupilIsExpectedToFinishSchoolWhenTheirGradeReachesTheHighest() {
        Pupil seventh = pupil("Ivanov", sevenA.id());
        Pupil eleventh = pupil("Petrov", schoolClass(11, "A", null).id());
        int year = currentYear().startYear();
        assertEquals(java.util.Optional.of(LocalDate.of(year + 5, 5, 25)), pupils.expectedGraduation(seventh.id()));
        assertEquals(java.util.Optional.of(LocalDate.of(year + 1, 5, 25)), pupils.expectedGraduation(eleventh.id()));
        pupils.archive(eleventh.id(), today(), "moved away");
        assertEquals(java.util.Optional.empty(), pupils.expectedGraduation(eleventh.id()), "a pupil who left");
        wire(java.util.Map.of("highestGrade", 9));
        assertEquals(java.util.Optional.of(LocalDate.of(year + 3, 5, 25)), pupils.expectedGraduation(seventh.id()),
                "a basic school");
    }

    @Test
    void aDraftIsCheckedWithoutWritingAnything() {
        audit.clear();
        assertThrows(org.opora.core.api.ValidationException.class, () -> pupils.check(new PupilDraft(
                new PersonName("Ивaнoв", "Иван", ""), null, null, sevenA.id())));
        pupils.check(draft("Ivanov", sevenA.id()));
        assertEquals(0, pupils.count(PupilQuery.all()));
        assertEquals(List.of(), audit.entries());
        security.nobody();
        assertThrows(AccessDeniedException.class, () -> pupils.check(draft("Ivanov", sevenA.id())));
    }

    @Test
    void aChangeWhoseEntryCannotBeJournaledIsNotMade() {
        Pupil p = pupil("Ivanov", sevenA.id());
        audit.clear();
        audit.failing(true);

        assertThrows(AuditUnavailableException.class, () -> pupils.update(p.id(), p.version(),
                draft("Ivanova", sevenA.id())));
        assertThrows(AuditUnavailableException.class, () -> pupil("Petrov", sevenA.id()));
        audit.failing(false);
        assertEquals("Ivanov", pupils.get(p.id()).name().surname(), "the change was rolled back with its entry");
        assertEquals(p.version(), pupils.get(p.id()).version());
        assertEquals(1, pupils.count(org.opora.core.api.pupil.PupilQuery.all()), "the new pupil was not kept");
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void aCardWhoseReadCannotBeJournaledIsNotShown() {
        Pupil p = pupil("Ivanov", sevenA.id());
        signIn("teacher", CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        audit.clear();
        audit.failing(true);

        assertThrows(AuditUnavailableException.class, () -> pupils.card(p.id()));
        audit.failing(false);
        assertEquals(p.id(), pupils.card(p.id()).pupil().id());
        audited("teacher", AuditAction.READ, "pupil", p.id());
    }

    @Test
    void openingTheCardIsAuditedAndFlagsShowOnlyToThoseAllowedToSeeThem() {
        Pupil p = pupil("Ivanov", sevenA.id());
        pupils.setFlag(p.id(), "ovz", today().minusDays(10), "PMPK 12");
        signIn("teacher", CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);

        PupilCard card = pupils.card(p.id());

        assertEquals(List.of(), card.flags());
        assertFalse(card.editable());
        audited("teacher", AuditAction.READ, "pupil", p.id());
        pupils.get(p.id());
        assertEquals(1, audit.entries().size(), "the header of another module is not audited");
        denied(CorePermissions.PUPIL_FLAGS, () -> pupils.find(new PupilQuery("", null, "ovz", false), 0, 10));
        signIn("specialist", CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL, CorePermissions.PUPIL_FLAGS);
        assertEquals(List.of("ovz"), pupils.card(p.id()).flags().stream().map(FlagPeriod::flag).toList());
        signIn("stranger");
        denied(CorePermissions.PUPIL_READ + " | " + CorePermissions.PUPIL_READ_ALL, () -> pupils.card(p.id()));
    }

    @Test
    void representativesAreAddedChangedAndRemovedWithAnAuditEach() {
        Pupil p = pupil("Ivanov", sevenA.id());
        signIn("specialist", CorePermissions.PUPIL_EDIT, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);

        Representative mother = pupils.addRepresentative(p.id(), mother());
        assertEquals("representative added", audit.last().summary());
        Representative changed = pupils.updateRepresentative(mother.id(), mother.version(),
                new RepresentativeDraft("Ivanova Maria", "mother", "+7 900 000-00-00", ""));
        assertEquals("representative changed", audit.last().summary());
        assertThrows(ConflictException.class, () -> pupils.updateRepresentative(mother.id(), mother.version(),
                mother()));
        assertEquals(List.of(changed), pupils.card(p.id()).representatives());

        pupils.removeRepresentative(mother.id());
        audited("specialist", AuditAction.UPDATE, "pupil", p.id());
        assertEquals("representative removed", audit.last().summary());
        assertEquals(List.of(), pupils.card(p.id()).representatives());
    }

    @Test
    void aRepresentativesRelationComesFromTheListAndContactsAreChecked() {
        Pupil p = pupil("Ivanov", sevenA.id());
        refused("core.error.notInList", () -> pupils.addRepresentative(p.id(), new RepresentativeDraft("Ivanova",
                "neighbour", "", "")));
        refused("core.error.phone", () -> pupils.addRepresentative(p.id(), new RepresentativeDraft("Ivanova",
                "mother", "ring twice", "")));
        refused("core.error.email", () -> pupils.addRepresentative(p.id(), new RepresentativeDraft("Ivanova",
                "mother", "", "ivanova@")));
        refused("core.error.required", () -> pupils.addRepresentative(p.id(), new RepresentativeDraft(" ", "mother",
                "", "")));
        org.opora.core.api.ValidationException both = refused("core.error.phone", () -> pupils.addRepresentative(
                p.id(), new RepresentativeDraft("Иванова Мария", "mother", "ring twice", "ivanova@")));
        assertEquals(List.of("phone", "email"), ((org.opora.core.api.ValidationErrors) both).errors().stream()
                .map(org.opora.core.api.ValidationException::field).toList());
        refused("core.error.name.mixed", () -> pupils.addRepresentative(p.id(), new RepresentativeDraft(
                "Ивaнoва Мария", "mother", "", "")));
        refused("core.error.name.letters", () -> pupils.addRepresentative(p.id(), new RepresentativeDraft(
                "Мама 😀", "mother", "", "")));
        assertEquals(List.of(), pupils.card(p.id()).representatives());
    }

    @Test
    void aFlagIsSetOnceClearedLaterAndItsHistoryStays() {
        Pupil p = pupil("Ivanov", sevenA.id());
        signIn("belova", CLASS_TEACHER);

        FlagPeriod set = pupils.setFlag(p.id(), "at-risk", today().minusDays(20), "decision 3");
        assertEquals("belova", set.setBy());
        assertEquals("flag at-risk set", audit.last().summary());
        refused("core.error.flag.alreadySet", () -> pupils.setFlag(p.id(), "at-risk", today(), ""));
        refused("core.error.notInList", () -> pupils.setFlag(p.id(), "naughty", today(), ""));
        refused("core.error.future", () -> pupils.setFlag(p.id(), "gifted", today().plusDays(1), ""));
        refused("core.error.flag.beforeBirth", () -> pupils.setFlag(p.id(), "gifted", p.birthDate().minusDays(1),
                ""));

        refused("core.error.flag.clearBeforeSet", () -> pupils.clearFlag(p.id(), "at-risk", today().minusDays(20)));
        FlagPeriod cleared = pupils.clearFlag(p.id(), "at-risk", today());
        assertEquals("belova", cleared.clearedBy());
        refused("core.error.flag.notSet", () -> pupils.clearFlag(p.id(), "at-risk", today()));
        refused("core.error.flag.overlaps", () -> pupils.setFlag(p.id(), "at-risk", today().minusDays(1), ""));

        assertEquals(1, pupils.card(p.id()).flags().size());
        assertTrue(pupils.card(p.id()).activeFlags(today()).isEmpty());
    }

    @Test
    void flagsNeedTheirPermission() {
        Pupil p = pupil("Ivanov", sevenA.id());
        signIn("office", CorePermissions.PUPIL_EDIT, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        denied(CorePermissions.PUPIL_FLAGS, () -> pupils.setFlag(p.id(), "ovz", today(), ""));
        denied(CorePermissions.PUPIL_FLAGS, () -> pupils.clearFlag(p.id(), "ovz", today()));
    }

    @Test
    void theListFindsByNameClassFlagAndArchive() {
        Pupil ivanov = pupil("Ivanov", sevenA.id());
        pupil("Petrov", sevenA.id());
        Pupil sidorov = pupil("Sidorov", sevenB.id());
        pupils.setFlag(sidorov.id(), "gifted", today().minusDays(1), "");
        Pupil gone = pupil("Orlov", sevenB.id());
        pupils.archive(gone.id(), today(), "moved away");

        assertEquals(List.of("Ivanov", "Petrov", "Sidorov"), surnames(pupils.find(PupilQuery.all(), 0, 10)));
        assertEquals(List.of("Ivanov"), surnames(pupils.find(PupilQuery.byName("ivanov"), 0, 10)));
        assertEquals(List.of("Sidorov"), surnames(pupils.find(new PupilQuery("", sevenB.id(), "", false), 0, 10)));
        assertEquals(List.of("Sidorov"), surnames(pupils.find(new PupilQuery("", null, "gifted", false), 0, 10)));
        assertEquals(List.of("Orlov"), surnames(pupils.find(new PupilQuery("", null, "", true), 0, 10)));
        assertEquals(3, pupils.count(PupilQuery.all()));
        assertEquals(List.of("Petrov"), surnames(pupils.find(PupilQuery.all(), 1, 1)));
        assertEquals(ivanov.id(), pupils.find(PupilQuery.byName("Ivanov Ivan"), 0, 1).get(0).id());

        // a class among the words: "7B", "7 b", the grade alone, or with a name
        assertEquals(List.of("Sidorov"), surnames(pupils.find(PupilQuery.byName("7B"), 0, 10)));
        assertEquals(List.of("Sidorov"), surnames(pupils.find(PupilQuery.byName("7 b"), 0, 10)));
        assertEquals(List.of("Ivanov", "Petrov", "Sidorov"), surnames(pupils.find(PupilQuery.byName("7"), 0, 10)));
        assertEquals(List.of("Petrov"), surnames(pupils.find(PupilQuery.byName("petrov 7a"), 0, 10)));
        assertEquals(1, pupils.count(PupilQuery.byName("7a petr")));
        assertEquals(List.of(), surnames(pupils.find(PupilQuery.byName("8A"), 0, 10)));
    }

    @Test
    void anArchivedPupilIsReadOnlyUntilRestored() {
        Pupil p = pupil("Ivanov", sevenA.id());
        refused("core.error.future", () -> pupils.archive(p.id(), today().plusDays(1), "moved away"));
        refused("core.error.required", () -> pupils.archive(p.id(), today(), " "));
        refused("core.error.pupil.leftBeforeBirth", () -> pupils.archive(p.id(), p.birthDate().minusDays(1),
                "moved away"));
        signIn("director", CorePermissions.PUPIL_ARCHIVE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL,
                CorePermissions.PUPIL_EDIT);

        pupils.archive(p.id(), today(), "moved away");
        audited("director", AuditAction.UPDATE, "pupil", p.id());
        assertEquals("archived", audit.last().summary());

        PupilCard card = pupils.card(p.id());
        assertTrue(card.pupil().archived());
        assertNull(card.pupil().classId());
        assertEquals("moved away", card.leftReason());
        assertFalse(card.editable());
        refused("core.error.pupil.archived", () -> pupils.update(p.id(), card.pupil().version(),
                draft("Ivanov", sevenA.id())));
        refused("core.error.pupil.archived", () -> pupils.archive(p.id(), today(), "again"));

        pupils.restore(p.id(), sevenB.id());
        assertEquals("restored", audit.last().summary());
        assertEquals("7B", pupils.get(p.id()).className());
        refused("core.error.pupil.notArchived", () -> pupils.restore(p.id(), sevenA.id()));
    }

    @Test
    void archivingNeedsItsPermission() {
        Pupil p = pupil("Ivanov", sevenA.id());
        signIn("specialist", CorePermissions.PUPIL_EDIT, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        denied(CorePermissions.PUPIL_ARCHIVE, () -> pupils.archive(p.id(), today(), "moved away"));
        denied(CorePermissions.PUPIL_ARCHIVE, () -> pupils.restore(p.id(), sevenA.id()));
        assertFalse(pupils.get(p.id()).archived());
    }

    @Test
    void aSignedInUserWithoutAnyEditRightEditsNobody() {
        Pupil p = pupil("Ivanov", sevenA.id());
        signIn("teacher", CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        assertFalse(pupils.canEdit(p.id()));
        assertThrows(AccessDeniedException.class, () -> pupils.update(p.id(), p.version(), draft("Ivanov",
                sevenA.id())));
    }

    private static RepresentativeDraft mother() {
        return new RepresentativeDraft("Ivanova Maria Petrovna", "mother", "+7 (900) 123-45-67", "ivanova@mail.example");
    }

    private static List<String> surnames(List<Pupil> list) {
        return list.stream().map(p -> p.name().surname()).toList();
    }

}
