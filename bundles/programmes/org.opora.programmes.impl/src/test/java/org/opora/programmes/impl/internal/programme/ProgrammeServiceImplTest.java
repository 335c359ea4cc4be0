package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.programmes.api.ProgrammesPermissions.ACCESS;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;
import static org.opora.programmes.api.ProgrammesPermissions.READ_ALL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.api.audit.AuditAction;
import org.opora.programmes.api.ProgrammeState;
import org.opora.platform.testing.Fakes;
import org.opora.programmes.api.programme.CitableProtocol;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.ProtocolSource;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;

/** Drafting a programme and saving its content: the rules, who may, stale copies, the journal. */
class ProgrammeServiceImplTest extends ProgrammeTestSupport {

    @Test
    void theCuratorDraftsAProgrammeWithThePupilAsTheCoreHasThemNow() {
        asCurator();
        Programme p = programmes.create(draft(" Lower anxiety ", "Improve relations"));

        assertEquals(ProgrammeState.DRAFT, p.state());
        assertEquals(List.of("Grigoriev Ivan Petrovich", "9A", "Smirnova Anna Petrovna", "Grigorieva Maria Ivanovna"),
                List.of(p.pupilName(), p.className(), p.classTeacher(), p.parents()));
        assertEquals(List.of(1, 2), p.tasks().stream().map(Task::position).toList());
        assertEquals("Lower anxiety", p.tasks().get(0).text(), "texts are stripped");
        assertNull(p.curatorId(), "the chair of the consilium appoints the curator");
        assertEquals(List.of("DRAFT volkova " + curator.name().full()),
                p.steps().stream().map(s -> s.kind() + " " + s.by() + " " + s.byName()).toList());
        audited("volkova", AuditAction.CREATE, PROGRAMME, p.id());
        assertEquals(1, audit.entries().size());
    }

    @Test
    void theChairOfTheConsiliumAppointsTheCuratorWhomTheDrafterMayNotSet() {
        asCurator();
        refused("programmes.rule.curator.byChair",
                () -> programmes.create(withCurator(draft("Lower anxiety"), curator.id())));
        assertEquals(0, UNIT.rows("PROGRAMME"));
        Programme p = programmes.create(draft("Lower anxiety"));
        assertFalse(programmes.mayAppointCurator(p.id()));
        refused("programmes.rule.curator.byChair",
                () -> programmes.update(p.id(), p.version(), withCurator(withTasks(p, p.tasks()), curator.id())));
        denied(DRAFT, () -> programmes.appointCurator(p.id(), p.version(), curator.id()));
        asSecretary();
        denied(DRAFT, () -> programmes.appointCurator(p.id(), p.version(), curator.id()));

        asChair();
        assertTrue(programmes.mayAppointCurator(p.id()));
        Programme appointed = programmes.appointCurator(p.id(), p.version(), curator.id());
        assertEquals(curator.id(), appointed.curatorId());
        assertEquals("CURATOR_APPOINTED petrova " + curator.name().full(),
                appointed.steps().stream().map(s -> s.kind() + " " + s.by() + " " + s.byName()).toList().get(1));
        audited("petrova", AuditAction.UPDATE, PROGRAMME, p.id());
        conflict(() -> programmes.appointCurator(p.id(), p.version(), specialist.id()));
        refused("programmes.error.staffUnknown", () -> programmes.appointCurator(p.id(), appointed.version(),
                core.addFormerStaff("Sidorova").id()));

        asCurator();
        Programme saved = programmes.update(p.id(), appointed.version(), withTasks(appointed, appointed.tasks()));
        assertEquals(curator.id(), saved.curatorId(), "the drafter saves the draft with the appointed curator");
        refused("programmes.rule.curator.byChair", () -> programmes.update(p.id(), saved.version(),
                withCurator(withTasks(saved, saved.tasks()), specialist.id())));
        assertEquals(curator.id(), programmes.get(p.id()).curatorId());
    }

    @Test
    void theDrafterWritesTheCuratorTheChairAppointedAtTheMeetingWhoseProtocolIsCited() {
        ProtocolCitation meeting = new ProtocolCitation("12", today().minusDays(2), 77L);
        bind(people, "protocols", Fakes.of(ProtocolSource.class, Map.of("protocolsFor", args -> List.of(
                new CitableProtocol(meeting, "12", "", "", "", "", curator.id())))));
        asCurator();
        ProgrammeDraft d = draft("Lower anxiety");
        ProgrammeDraft cited = new ProgrammeDraft(d.pupilId(), meeting, d.grounds(), d.diagnostics(), d.goal(),
                d.tasks(), d.participants(), d.internalResources(), d.externalResources(), d.expectedResults(),
                d.criteria(), d.start(), d.end(), d.directions(), d.riskCategory(), curator.id());
        refused("programmes.rule.curator.byChair", () -> programmes.create(withCurator(cited, specialist.id())));
        assertEquals(curator.id(), programmes.create(cited).curatorId());
    }

    @Test
    void withoutAChairInTheSystemTheKeeperEntersTheCuratorTheChairAppointedOnPaper() {
        bind(people, "consilium", null);
        asCurator();
        Programme p = programmes.create(withCurator(draft("Lower anxiety"), curator.id()));
        assertEquals(curator.id(), p.curatorId());
        assertTrue(programmes.mayAppointCurator(p.id()));
        asStranger();
        assertFalse(programmes.mayAppointCurator(p.id()), "only who keeps the programme");
    }

    @Test
    void anEspeciallyDifficultCaseRunsTwoYearsOrTheWholeTimeOfSchooling() {
        asCurator();
        LocalDate graduation = today().plusMonths(9);
        refused("programmes.rule.duration.especiallyDifficult", () -> programmes.create(draft(today(), graduation,
                "especially-difficult", "Lower anxiety")));
        core.graduates(pupil, graduation);
        refused("programmes.rule.duration.especiallyDifficult", () -> programmes.create(draft(today(),
                graduation.minusDays(1), "especially-difficult", "Lower anxiety")));
        Programme untilGraduation = programmes.create(draft(today(), graduation, "especially-difficult",
                "Lower anxiety"));
        assertEquals(graduation, untilGraduation.end(), "a senior pupil's programme ends at graduation");
        Programme twoYears = programmes.create(draft(today(), today().plusYears(2), "especially-difficult",
                "Lower anxiety"));
        assertEquals(today().plusYears(2), twoYears.end(), "two years are not refused by the range of event dates");
    }

    @Test
    void theRulesAreAppliedWhenADraftIsSavedAndNothingIsWritten() {
        asCurator();
        refused("programmes.rule.duration.highRisk", () -> programmes.create(draft(today(),
                today().plusMonths(3).minusDays(1), "high-suicide-risk", "Lower anxiety")));
        refused("programmes.rule.duration.min", () -> programmes.create(draft(today(), today().plusMonths(2),
                "standard", "Lower anxiety")));
        refused("programmes.error.notInList", () -> programmes.create(draft(today(), today().plusMonths(6),
                "unknown-risk", "Lower anxiety")));
        refused("core.error.required", () -> programmes.create(draft(" ")));
        ProgrammeDraft d = draft("Lower anxiety");
        refused("programmes.error.staffUnknown", () -> programmes.create(new ProgrammeDraft(d.pupilId(),
                d.protocol(), d.grounds(), d.diagnostics(), d.goal(), d.tasks(), d.participants(),
                d.internalResources(), d.externalResources(), d.expectedResults(), d.criteria(), d.start(), d.end(),
                d.directions(), d.riskCategory(), core.addFormerStaff("Sidorova").id())));
        refused("programmes.rule.curator.byChair", () -> programmes.create(withCurator(d, curator.id())));
        long archived = core.addArchivedPupil("Sokolov").id();
        refused("programmes.error.pupilArchived", () -> programmes.create(new ProgrammeDraft(archived, null, "", "",
                "", List.of(), "", "", "", "", "", null, null, List.of(), "", null)));
        refused("core.error.future", () -> programmes.create(new ProgrammeDraft(pupil.id(),
                ProtocolCitation.typed("7", today().plusDays(1)), "", "", "", List.of(), "", "", "", "", "", null,
                null, List.of(), "", null)));
        assertEquals(0, UNIT.rows("PROGRAMME"));
        assertEquals(0, UNIT.rows("PROGRAMME_TASK"));
    }

    @Test
    void onlyThoseWhoDraftProgrammesCreateThemAndOnlyWhileTheSchoolKeepsThem() {
        asClassTeacher();
        denied(DRAFT, () -> programmes.create(draft("Lower anxiety")));
        signIn("guest");
        denied(ACCESS, () -> programmes.create(draft("Lower anxiety")));
        wire(Map.of("programmesEnabled", false));
        asCurator();
        refused("programmes.rule.variant.programmesOff", () -> programmes.create(draft("Lower anxiety")));
        assertEquals(0, UNIT.rows("PROGRAMME"));
    }

    @Test
    void theCuratorSavesTheDraftAndAStaleCopyIsAConflict() {
        Programme p = written();
        audit.clear();
        Programme saved = programmes.update(p.id(), p.version(), withTasks(p, List.of(
                new Task(p.tasks().get(0).id(), 1, "Lower anxiety at school"), new Task(0, 2, "Find a hobby"))));

        assertEquals(List.of("Lower anxiety at school", "Find a hobby"), saved.tasks().stream().map(Task::text)
                .toList());
        assertEquals(p.tasks().get(0).id(), saved.tasks().get(0).id(), "the task the row serves keeps its id");
        audited("volkova", AuditAction.UPDATE, PROGRAMME, p.id());
        conflict(() -> programmes.update(p.id(), p.version(), withTasks(p, p.tasks())));
        assertEquals(saved.tasks(), programmes.get(p.id()).tasks(), "the stale copy changed nothing");
    }

    @Test
    void aChangeOfTheTasksAloneMakesTheCopySeenBeforeStale() {
        Programme p = written();
        Programme saved = programmes.update(p.id(), p.version(), withTasks(p, List.of(
                new Task(p.tasks().get(0).id(), 1, "Lower anxiety"), new Task(0, 2, "Find a hobby"))));

        assertNotEquals(p.version(), saved.version(), "the tasks are part of the programme's content");
        audit.clear();
        conflict(() -> programmes.update(p.id(), p.version(), withTasks(p, p.tasks())));
        assertEquals(2, programmes.get(p.id()).tasks().size(), "the second task was not lost to the stale copy");
        Programme again = programmes.update(saved.id(), saved.version(), withTasks(saved, saved.tasks()));
        assertEquals(2, again.tasks().size());
    }

    @Test
    void theTasksOfADraftAreCheckedAgainstThePlan() {
        Programme p = written();
        audit.clear();
        refused("programmes.error.taskInUse", () -> programmes.update(p.id(), p.version(),
                withTasks(p, List.of(new Task(0, 1, "Another task")))));
        refused("programmes.error.taskUnknown", () -> programmes.update(p.id(), p.version(),
                withTasks(p, List.of(new Task(4242, 1, "Somebody else's task")))));
        refused("programmes.error.pupilFixed", () -> programmes.update(p.id(), p.version(), new ProgrammeDraft(
                core.addPupil("Sokolov", nineA).id(), null, "", "", "", p.tasks(), "", "", "", "", "", p.start(),
                p.end(), List.of(), "standard", curator.id())));
        assertEquals(p, programmes.get(p.id()));
    }

    @Test
    void onlyTheCuratorOrWhoeverDraftedItSavesTheContentAndOnlyBeforeApproval() {
        Programme p = written();
        asStranger();
        denied(DRAFT, () -> programmes.update(p.id(), p.version(), withTasks(p, p.tasks())));
        asDirector();
        denied(DRAFT, () -> programmes.update(p.id(), p.version(), withTasks(p, p.tasks())));

        Programme approved = approved();
        asCurator();
        refused("programmes.error.notEditable", () -> programmes.update(approved.id(), approved.version(),
                withTasks(approved, approved.tasks())));
    }

    @Test
    void aDraftSavedAfterTheParentsRefusedGoesBackToDraft() {
        Programme p = written();
        p = lifecycle.discussedWithParents(p.id(), p.version(), today());
        p = lifecycle.recordConsent(p.id(), p.version(), new Consent(false, today(), "Grigorieva Maria", "Disagree"));
        assertEquals(ProgrammeState.CONSENT_REFUSED, p.state());

        Programme saved = programmes.update(p.id(), p.version(), withTasks(p, p.tasks()));

        assertEquals(ProgrammeState.DRAFT, saved.state());
        assertEquals(List.of("DRAFT", "CURATOR_APPOINTED", "DISCUSSED_WITH_PARENTS", "CONSENT_REFUSED", "DRAFT"),
                saved.steps().stream().map(s -> s.kind()).toList());
    }

    @Test
    void theContentIsReadByThoseTheProgrammeConcernsAndEachReadIsJournaled() {
        Programme p = written();
        for (Runnable reader : List.<Runnable>of(this::asSpecialist, this::asDirector, this::asChair)) {
            reader.run();
            assertTrue(programmes.canRead(p.id()));
            assertEquals(List.of(), audit.entries(), "asking whether one may read is not a read");
            assertEquals(p.id(), programmes.get(p.id()).id());
            audited(security.currentUser().orElseThrow().username(), AuditAction.READ, PROGRAMME, p.id());
            programmes.get(p.id());
            assertEquals(1, audit.entries().size(), "the same person's reads within a minute are one entry");
        }
        asCurator();
        assertTrue(programmes.canRead(p.id()));
        programmes.get(p.id());
        assertEquals(List.of(), audit.entries(), "the curator read it a moment ago, when she wrote it");
        asClassTeacher();
        assertFalse(programmes.canRead(p.id()));
        denied(READ_ALL, () -> programmes.get(p.id()));
        asStranger();
        denied(READ_ALL, () -> programmes.get(p.id()));
        signIn("guest");
        assertFalse(programmes.canRead(p.id()));
        denied(ACCESS, () -> programmes.get(p.id()));
    }

    @Test
    void theListShowsContentOnlyWhereItMayBeReadAndOthersOnlyWhatTheyTakePartIn() {
        Programme p = written();
        asClassTeacher();
        assertEquals(List.of(false), programmes.ofPupil(pupil.id()).stream().map(s -> s.contentVisible()).toList());
        assertEquals(1, programmes.count(null));
        assertEquals(curator.name().full(), programmes.find(null, 0, 10).get(0).curatorName());
        assertEquals(List.of(), audit.entries(), "a list is not a read of the content");

        signIn("ivanova", ACCESS);
        assertEquals(0, programmes.count(null), "without existence, only what one takes part in");
        assertEquals(List.of(), programmes.ofPupil(pupil.id()));
        signIn("belov", ACCESS);
        assertEquals(List.of(p.id()), programmes.find(null, 0, 10).stream().map(s -> s.id()).toList(),
                "the specialist responsible for a row");
        assertTrue(programmes.ofPupil(pupil.id()).get(0).contentVisible());
        signIn("guest");
        denied(ACCESS, () -> programmes.find(null, 0, 10));
    }

    @Test
    void theListFiltersByStateCuratorClassEndingSoonAndOverdue() {
        written();
        Programme running = started();
        asDirector();
        assertEquals(2, programmes.count(null), "the draft and the running programme");
        assertEquals(List.of(running.id()), ids(query(ProgrammeState.IN_PROGRESS, null, null)));
        assertEquals(List.of(), ids(query(null, stranger.id(), null)));
        assertEquals(2, programmes.count(query(null, curator.id(), nineA.id())));
        assertEquals(0, programmes.count(query(null, null, 4242L)), "a class without pupils");
        assertEquals(0, programmes.count(new ProgrammeQuery(null, null, null, true, false, true)),
                "six months is not ending soon");
        assertEquals(0, programmes.count(new ProgrammeQuery(null, null, null, false, true, true)),
                "no row is past its period");
    }

    @Test
    void aProgrammeEndingSoonWithARowPastItsPeriodIsFoundByThoseFiltersAndIsDueForReview() {
        written();
        LocalDate start = today().minusMonths(6).plusDays(3);
        Programme ending = runningSince(start, start.plusDays(1), today().minusDays(2));
        asDirector();
        assertEquals(List.of(ending.id()), ids(new ProgrammeQuery(null, null, null, true, false, true)));
        assertEquals(List.of(ending.id()), ids(new ProgrammeQuery(null, null, null, false, true, true)));
        assertEquals(1, programmes.find(null, 0, 10).stream().filter(s -> s.id() == ending.id())
                .mapToInt(s -> s.overdueRows()).sum(), "the row past its period, counted in the list");
        assertEquals(List.of(ending.id()), programmes.dueForReview(today()).stream().map(s -> s.id()).toList());
        assertEquals(List.of(), programmes.dueForReview(today().minusMonths(1)), "not yet a month ago");
    }

    private static ProgrammeQuery query(ProgrammeState state, Long curatorId, Long classId) {
        return new ProgrammeQuery(state, curatorId, classId, false, false, true);
    }

    private List<Long> ids(ProgrammeQuery q) {
        return programmes.find(q, 0, 10).stream().map(s -> s.id()).toList();
    }

    @Test
    void programmesInReviewAreDueForReviewForWhoPreparesTheConsiliumsAgenda() {
        written();
        Programme review = inReview();
        for (Runnable keeper : List.<Runnable>of(this::asSecretary, this::asChair, this::asDirector)) {
            keeper.run();
            assertEquals(List.of(review.id()), programmes.dueForReview(today()).stream().map(s -> s.id()).toList());
        }
        asCurator();
        denied(READ_ALL, () -> programmes.dueForReview(today()));
        assertEquals(List.of(), audit.entries());
    }

    /** Each field of the programme form fed a bad value: refused with its message on that field, nothing stored. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "protocol     | ''          | core.error.required",
        "protocol     | TOMORROW    | core.error.future",
        "tasks        | ''          | core.error.required",
        "tasks        | LONG        | core.error.tooLong",
        "start        | 1900-01-01  | core.error.date.schoolYears",
        "end          | 2999-01-01  | core.error.date.range",
        "directions   | <script>    | programmes.error.notInList",
        "riskCategory | unknown     | programmes.error.notInList",
        "riskCategory | LONG        | core.error.tooLong",
        "grounds      | LONG        | core.error.tooLong",
        "goal         | LONG        | core.error.tooLong",
        "criteria     | LONG        | core.error.tooLong"})
    void aBadFieldOfTheProgrammeFormIsRefusedAndNothingIsStored(String field, String value, String key) {
        asCurator();
        ProgrammeDraft d = draft("Lower anxiety");
        String v = !"LONG".equals(value) ? value : "я".repeat(8001);
        ProtocolCitation protocol = !"protocol".equals(field) ? d.protocol()
                : "TOMORROW".equals(v) ? ProtocolCitation.typed("7", today().plusDays(1))
                : ProtocolCitation.typed(v, today());
        java.util.function.BinaryOperator<String> f = (name, kept) -> field.equals(name) ? v : kept;
        ProgrammeDraft bad = new ProgrammeDraft(d.pupilId(), protocol, f.apply("grounds", d.grounds()),
                d.diagnostics(), f.apply("goal", d.goal()),
                "tasks".equals(field) ? List.of(new Task(0, 1, v)) : d.tasks(), d.participants(),
                d.internalResources(), d.externalResources(), d.expectedResults(), f.apply("criteria", d.criteria()),
                "start".equals(field) ? LocalDate.parse(v) : d.start(), "end".equals(field) ? LocalDate.parse(v)
                : d.end(), "directions".equals(field) ? List.of(v) : d.directions(),
                f.apply("riskCategory", d.riskCategory()), null);
        org.opora.core.api.ValidationException e = refused(key, () -> programmes.create(bad));
        assertEquals(field, e.field());
        assertEquals(0, UNIT.rows("PROGRAMME"));
        assertEquals(0, UNIT.rows("PROGRAMME_TASK"));
    }

    @Test
    void everyObjectionOfTheProgrammeFormComesAtOnceAndMarkupIsKeptAsText() {
        asCurator();
        ProgrammeDraft d = draft("Lower anxiety");
        org.opora.core.api.ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.opora.core.api.ValidationException.class, () -> programmes.create(new ProgrammeDraft(d.pupilId(),
                        ProtocolCitation.typed("", today()), "я".repeat(8001), d.diagnostics(), d.goal(),
                        List.of(new Task(0, 1, " ")), d.participants(), d.internalResources(),
                        d.externalResources(), d.expectedResults(), d.criteria(), d.start(), d.end(),
                        List.of("juggling"), d.riskCategory(), null)));
        assertEquals(List.of("protocol", "tasks", "directions", "grounds"),
                ((org.opora.core.api.ValidationErrors) e).errors().stream()
                        .map(org.opora.core.api.ValidationException::field).toList());
        assertEquals(0, UNIT.rows("PROGRAMME"));
        String markup = "<img src=x onerror=alert(1)>";
        Programme kept = programmes.create(new ProgrammeDraft(d.pupilId(), d.protocol(), markup, d.diagnostics(),
                d.goal(), d.tasks(), d.participants(), d.internalResources(), d.externalResources(),
                d.expectedResults(), d.criteria(), d.start(), d.end(), d.directions(), d.riskCategory(), null));
        assertEquals(markup, programmes.get(kept.id()).grounds());
    }
}
