package org.opora.core.impl.internal.agency;

import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.duty.Duty;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.testing.FakeSecurityContext;

class AgencyServiceImplTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private Agency guardianship;
    private Agency clinic;
    private Pupil pupil;

    @BeforeEach
    void agencies() {
        guardianship = agencies.create(draft("guardianship", "Guardianship body"));
        clinic = agencies.create(draft("health", "Children's clinic"));
        pupil = pupil("Ivanov", schoolClass(5, "A", null).id());
    }

    private static AgencyDraft draft(String kind, String name) {
        return new AgencyDraft(kind, name, "Lenina 1", "+7 495 000-00-00", "office@agency.example", "Petrova");
    }

    private InteractionDraft letter(LocalDate on, Long pupilId, String nextStep, LocalDate due) {
        return new InteractionDraft(on, guardianship.id(), pupilId, "Letter about the family", "", nextStep, due);
    }

    @Test
    void agenciesAreListedByKindAndThoseNoLongerWorkedWithHidden() {
        assertEquals(List.of("Children's clinic", "Guardianship body"), names(agencies.agencies("", false)));
        assertEquals(List.of("Children's clinic"), names(agencies.agencies("health", false)));
        Agency off = agencies.setActive(clinic.id(), false);
        assertFalse(off.active());
        assertEquals(List.of("Guardianship body"), names(agencies.agencies(null, false)));
        assertEquals(2, agencies.agencies(null, true).size());
    }

    @Test
    void anAgencysKindComesFromTheListAndItsContactsAreChecked() {
        refused("core.error.notInList", () -> agencies.create(draft("circus", "Circus")));
        refused("core.error.required", () -> agencies.create(draft("health", " ")));
        refused("core.error.phone", () -> agencies.create(new AgencyDraft("health", "Clinic", "", "call", "", "")));
        assertThrows(ConflictException.class, () -> agencies.update(clinic.id(), clinic.version() - 1,
                draft("health", "Clinic")));
        Agency renamed = agencies.update(clinic.id(), clinic.version(), draft("health", "City clinic"));
        assertEquals("City clinic", agencies.get(clinic.id()).name());
        assertEquals(renamed, agencies.get(clinic.id()));
    }

    @Test
    void aSpecialistRecordsAnInteractionAndItIsAudited() {
        signIn("belova", CorePermissions.AGENCY_EDIT, CorePermissions.AGENCY_READ);

        Interaction i = agencies.record(letter(today().minusDays(2), pupil.id(), "Send the act", today().plusDays(5)));

        assertEquals("belova", i.author());
        assertEquals("Guardianship body", i.agency());
        assertEquals(pupil.id(), i.pupilId());
        audited("belova", AuditAction.CREATE, "interaction", i.id());
        Interaction changed = agencies.update(i.id(), i.version(), letter(today().minusDays(2), pupil.id(), "", null));
        audited("belova", AuditAction.UPDATE, "interaction", i.id());
        assertThrows(ConflictException.class, () -> agencies.update(i.id(), i.version(),
                letter(today(), null, "", null)));
        assertEquals(changed.nextStep(), agencies.interactions(guardianship.id(), null, 0, 10).get(0).nextStep());
    }

    @Test
    void aNextStepNeedsADueDayNotBeforeTheInteraction() {
        refused("core.error.interaction.due", () -> agencies.record(letter(today(), null, "Call back", null)));
        refused("core.error.interaction.dueBeforeDate", () -> agencies.record(letter(today(), null, "Call back",
                today().minusDays(1))));
        refused("core.error.future", () -> agencies.record(letter(today().plusDays(1), null, "", null)));
        refused("core.error.required", () -> agencies.record(new InteractionDraft(today(), clinic.id(), null, " ",
                "", "", null)));
        refused("core.error.notInList", () -> agencies.record(new InteractionDraft(today(), 999, null, "Call", "",
                "", null)));
        refused("core.error.notInList", () -> agencies.record(letter(today(), 999L, "", null)));
        assertEquals(0, agencies.countInteractions(null, null));
    }

    @Test
    void readingAPupilsInteractionsIsAuditedTheAgencysAreNot() {
        agencies.record(letter(today().minusDays(3), pupil.id(), "", null));
        agencies.record(new InteractionDraft(today(), clinic.id(), null, "Plan of visits", "", "", null));
        signIn("specialist", CorePermissions.AGENCY_READ);

        assertEquals(1, agencies.interactions(clinic.id(), null, 0, 10).size());
        assertEquals(List.of(), audit.entries());
        assertEquals(1, agencies.interactions(null, pupil.id(), 0, 10).size());
        audited("specialist", AuditAction.READ, "pupil-interactions", pupil.id());
        assertEquals(2, agencies.countInteractions(null, null));
        assertEquals(List.of("Plan of visits", "Letter about the family"),
                agencies.interactions(null, null, 0, 10).stream().map(Interaction::subject).toList(), "newest first");
    }

    @Test
    void aNextStepIsADutyUntilALaterInteractionFollowsIt() {
        signIn("belova", CorePermissions.AGENCY_EDIT, CorePermissions.AGENCY_READ);
        agencies.record(letter(today().minusDays(5), pupil.id(), "Send the act", today().plusDays(3)));
        agencies.record(new InteractionDraft(today().minusDays(45), clinic.id(), null, "Call", "", "Visit",
                today().minusDays(40)));
        NextStepDuties duties = new NextStepDuties(agencies, (key, locale, params) -> key + ":" + params[0]);

        List<Duty> open = duties.dutiesOf(FakeSecurityContext.user("belova", CorePermissions.AGENCY_READ),
                Locale.ENGLISH);
        assertEquals(1, open.size(), "a step overdue by more than a month is no longer a duty");
        assertEquals("core.duty.nextStep:Guardianship body", open.get(0).title());
        assertEquals(List.of(), duties.dutiesOf(FakeSecurityContext.user("belova"), Locale.ENGLISH),
                "without the right to see agencies there are no such duties");

        agencies.record(letter(today().minusDays(1), pupil.id(), "", null));
        assertEquals(List.of(), agencies.openNextSteps("belova"));
        assertEquals(List.of(), agencies.openNextSteps("popova"));
    }

    @Test
    void readingAndEditingNeedTheirPermissions() {
        signIn("reader", CorePermissions.AGENCY_READ);
        denied(CorePermissions.AGENCY_EDIT, () -> agencies.create(draft("health", "Clinic 2")));
        denied(CorePermissions.AGENCY_EDIT, () -> agencies.setActive(clinic.id(), false));
        denied(CorePermissions.AGENCY_EDIT, () -> agencies.record(letter(today(), null, "", null)));
        signIn("teacher", CorePermissions.PUPIL_READ);
        denied(CorePermissions.AGENCY_READ, () -> agencies.agencies("", true));
        denied(CorePermissions.AGENCY_READ, () -> agencies.interactions(null, pupil.id(), 0, 10));
    }

    @Test
    void anInteractionCarriesItsDirectionOfWorkAndIsListedAsTheServicesWork() {
        signIn("belova", CorePermissions.AGENCY_EDIT, CorePermissions.AGENCY_READ);
        Interaction i = agencies.record(new InteractionDraft(today().minusDays(1), guardianship.id(), pupil.id(),
                "Joint visit", "", "", null, " social-protection "));
        assertEquals("social-protection", i.direction());
        refused("core.error.direction.unknown", () -> agencies.record(new InteractionDraft(today(),
                guardianship.id(), null, "Call", "", "", null, "astrology")));
        refused("core.error.direction.unknown", () -> agencies.update(i.id(), i.version(), new InteractionDraft(
                today(), guardianship.id(), null, "Call", "", "", null, "astrology")));
        assertEquals("", agencies.record(letter(today(), null, "", null)).direction(), "a 1.0 caller gives none");
        assertEquals(2, agencies.countInteractions(null, null), "nothing of the refused ones stored");
        assertEquals("social-protection", agencies.interactions(null, pupil.id(), 0, 10).get(0).direction());

        InteractionActivities source = new InteractionActivities(db, guard, new MessagesTranslator());
        ActivityQuery year = ActivityQuery.of(AcademicYear.containing(today()).next()).withDirection(
                ActivityQuery.ALL);
        ActivityQuery now = new ActivityQuery(today().minusDays(7), today(), ActivityQuery.ALL);
        List<Activity> social = source.activities(now.withDirection("social-protection"), RU);
        assertEquals(1, social.size());
        assertEquals("Guardianship body: Joint visit", social.get(0).title());
        assertEquals("Взаимодействие с ведомством", social.get(0).kind());
        assertEquals("agencies", social.get(0).route());
        assertEquals(1, source.activities(now.withDirection(ActivityQuery.UNSPECIFIED), RU).size());
        assertEquals(2, source.activities(now, RU).size());
        assertEquals(0, source.activities(year, RU).size(), "another period");
        signIn("teacher", CorePermissions.PUPIL_READ);
        assertEquals(List.of(), source.activities(now, RU), "nothing to who may not read the log");
    }

    private static List<String> names(List<Agency> list) {
        return list.stream().map(Agency::name).toList();
    }

    /** Each field of the agency card fed a bad value: refused with its message on that field, nothing stored. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "kind          | ''            | core.error.required",
        "kind          | circus        | core.error.notInList",
        "name          | ''            | core.error.required",
        "name          | LONG          | core.error.tooLong",
        "address       | LONG          | core.error.tooLong",
        "phone         | call me       | core.error.phone",
        "phone         | <b>12345</b>  | core.error.phone",
        "email         | office@       | core.error.email",
        "contactPerson | LONG          | core.error.tooLong"})
    void aBadFieldOfTheAgencyCardIsRefusedAndNothingIsStored(String field, String value, String key) {
        String v = "LONG".equals(value) ? "я".repeat(301) : value;
        java.util.function.Function<String, String> f = name -> field.equals(name) ? v : "";
        AgencyDraft d = new AgencyDraft("kind".equals(field) ? (v.isEmpty() ? null : v) : "health",
                "name".equals(field) ? v : "Clinic", f.apply("address"), f.apply("phone"), f.apply("email"),
                f.apply("contactPerson"));
        org.opora.core.api.ValidationException e = refused(key, () -> agencies.create(d));
        assertEquals(field, e.field());
        assertEquals(2, agencies.agencies(null, true).size());
    }

    @Test
    void everyObjectionOfTheAgencyCardComesAtOnce() {
        org.opora.core.api.ValidationException e = assertThrows(org.opora.core.api.ValidationException.class,
                () -> agencies.create(new AgencyDraft(null, "", "", "call", "office@", "")));
        assertEquals(List.of("kind", "name", "phone", "email"), ((org.opora.core.api.ValidationErrors) e).errors()
                .stream().map(org.opora.core.api.ValidationException::field).toList());
        assertEquals(2, agencies.agencies(null, true).size());
    }
}
