package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.programmes.api.ProgrammesPermissions.ACCESS;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;
import static org.opora.programmes.api.ProgrammesPermissions.EXISTENCE;
import static org.opora.programmes.api.ProgrammesPermissions.READ_ALL;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.audit.AuditAction;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.MeetingRequest;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.impl.internal.support.ChainSteps;

/**
 * The way of a programme through regulation 002: each step by whom it belongs to, with the rules of its clause,
 * recorded with who and when and journaled; the review by the consilium; extension and change as new revisions.
 */
class ProgrammeLifecycleImplTest extends ProgrammeTestSupport {

    @Test
    void aProgrammeGoesItsWayFromTheParentsToClosingEachStepRecordedAndJournaled() {
        Programme p = written();
        p = lifecycle.discussedWithParents(p.id(), p.version(), today());
        audited("volkova", AuditAction.UPDATE, PROGRAMME, p.id());
        p = lifecycle.recordConsent(p.id(), p.version(), new Consent(true, today(), " Grigorieva Maria ", ""));
        assertEquals(new Consent(true, today(), "Grigorieva Maria", ""), p.consent());
        asDirector();
        p = lifecycle.approve(p.id(), p.version(), today());
        audited("orlova", AuditAction.UPDATE, PROGRAMME, p.id());
        asCurator();
        p = lifecycle.start(p.id(), p.version(), today());
        p = lifecycle.toReview(p.id(), p.version(), today());
        p = lifecycle.close(p.id(), p.version(), protocol("12"), "The goal is reached");

        assertEquals(ProgrammeState.CLOSED, p.state());
        assertEquals(List.of("DRAFT volkova", "CURATOR_APPOINTED petrova", "DISCUSSED_WITH_PARENTS volkova",
                "CONSENT_GIVEN Grigorieva Maria",
                "APPROVED orlova", "IN_PROGRESS volkova", "REVIEW volkova", "CLOSED volkova"),
                p.steps().stream().map(s -> s.kind() + " " + (s.kind().startsWith("CONSENT") ? s.byName() : s.by()))
                        .toList());
        Step closed = p.steps().get(7);
        assertEquals(List.of("12", "The goal is reached"), List.of(closed.orderNumber(), closed.note()));
        audited("volkova", AuditAction.UPDATE, PROGRAMME, p.id());
        assertEquals("closed", audit.last().summary());
    }

    @Test
    void theSchoolsChainIsTakenInOrderByTheHoldersOfItsRolesAndShownWithThePositionsAndPeople() {
        wire(Map.of("programmeApprovalChain",
                new String[] { "agree: director", "approve: deputy = Deputy for welfare" }));
        roles.role("deputy", "Deputy director", "Petrova Anna");
        Programme p = consented();
        assertEquals(List.of(ApprovalStep.open(new ChainStep(ChainStep.Kind.AGREE, "director", ""), "Director",
                List.of()), ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, "deputy", "Deputy for welfare"),
                "Deputy for welfare", List.of("Petrova Anna"))), lifecycle.approvals(p.id()));

        signInWithRoles("sidorov", Set.of("deputy"), ACCESS, EXISTENCE);
        refused(ChainSteps.PENDING, () -> lifecycle.approve(p.id(), p.version(), today()));
        denied("role director", () -> lifecycle.agree(p.id(), p.version(), today()));
        asDirector();
        Programme agreed = lifecycle.agree(p.id(), p.version(), today());
        audited("orlova", AuditAction.UPDATE, PROGRAMME, p.id());
        assertEquals("agreed", audit.last().summary());
        assertEquals(ProgrammeState.CONSENT_GIVEN, agreed.state());
        refused(ChainSteps.ALL_AGREED, () -> lifecycle.agree(p.id(), agreed.version(), today()));
        denied("role deputy", () -> lifecycle.approve(p.id(), agreed.version(), today()));

        signInWithRoles("sidorov", Set.of("deputy"), ACCESS, EXISTENCE);
        assertEquals(ProgrammeState.CONSENT_GIVEN, programmes.get(p.id()).state(), "the approver reads what they sign");
        Programme approved = lifecycle.approve(p.id(), agreed.version(), today());
        assertEquals(ProgrammeState.APPROVED, approved.state());
        audited("sidorov", AuditAction.UPDATE, PROGRAMME, p.id());
        List<ApprovalStep> chain = lifecycle.approvals(p.id());
        assertEquals(List.of("AGREE Director orlova " + today(), "APPROVE Deputy for welfare sidorov " + today()),
                chain.stream().map(s -> s.kind() + " " + s.position() + " " + s.by() + " " + s.date()).toList());

        roles.role("deputy", "Renamed role", "Petrova Anna");
        assertEquals("Deputy for welfare", lifecycle.approvals(p.id()).get(1).position(),
                "the position is the one printed when the step was taken");
    }

    @Test
    void withTheDefaultChainTheDirectorApprovesAndNobodyElse() {
        Programme p = consented();
        signInWithRoles("sidorov", Set.of("deputy"), ACCESS, EXISTENCE, READ_ALL);
        denied("role director", () -> lifecycle.approve(p.id(), p.version(), today()));
        asDirector();
        assertEquals(ProgrammeState.APPROVED, lifecycle.approve(p.id(), p.version(), today()).state());
        ApprovalStep approval = lifecycle.approvals(p.id()).get(0);
        assertEquals(List.of(ChainStep.Kind.APPROVE, "director", "Director", "orlova"),
                List.of(approval.kind(), approval.role(), approval.position(), approval.by()));
    }

    @Test
    void eachStepCanBeTakenOnlyFromTheStateTheLifecycleAllowsTheRefusalNamingBothStates() {
        Programme p = written();
        ValidationException e = refused("programmes.rule.lifecycle.transition",
                () -> lifecycle.toReview(p.id(), p.version(), today()));
        assertEquals(List.of("programmes.state.draft", "programmes.state.review"), List.of(e.params()),
                "without a translator the states are named by their keys");

        Programme discussed = lifecycle.discussedWithParents(p.id(), p.version(), today());
        MessagesTranslator messages = new MessagesTranslator();
        bind(lifecycle, "translator", messages);
        e = refused("programmes.rule.lifecycle.transition",
                () -> lifecycle.discussedWithParents(p.id(), discussed.version(), today()));
        String label = messages.translate("programmes.state.discussed-with-parents", Locale.forLanguageTag("ru"));
        assertEquals(List.of(label, label), List.of(e.params()), "in the language of the user");
        assertEquals(ProgrammeState.DISCUSSED_WITH_PARENTS, programmes.get(p.id()).state());
    }

    @Test
    void theStepsAreTheCuratorsTheApprovalTheDirectorsAndAStaleCopyIsAConflict() {
        Programme p = written();
        asClassTeacher();
        denied(DRAFT, () -> lifecycle.discussedWithParents(p.id(), p.version(), today()));
        asStranger();
        denied(DRAFT, () -> lifecycle.discussedWithParents(p.id(), p.version(), today()));
        asCurator();
        Programme discussed = lifecycle.discussedWithParents(p.id(), p.version(), today());
        conflict(() -> lifecycle.recordConsent(p.id(), p.version(), new Consent(true, today(), "Grigorieva", "")));
        Programme consented = lifecycle.recordConsent(discussed.id(), discussed.version(),
                new Consent(true, today(), "Grigorieva", ""));

        denied("role director", () -> lifecycle.approve(consented.id(), consented.version(), today()));
        asDirector();
        conflict(() -> lifecycle.approve(p.id(), discussed.version(), today()));
        refused("core.error.future", () -> lifecycle.approve(p.id(), consented.version(), today().plusDays(1)));
        refused("programmes.error.beforeEarlierStep", () -> lifecycle.approve(p.id(), consented.version(),
                today().minusDays(1)));
        Programme approved = lifecycle.approve(p.id(), consented.version(), today());
        asCurator();
        refused("programmes.error.beforeEarlierStep", () -> lifecycle.start(p.id(), approved.version(),
                today().minusDays(1)));
        assertEquals(ProgrammeState.APPROVED, programmes.get(p.id()).state());
    }

    @Test
    void theDirectorApprovesOnlyAProgrammeWithItsCuratorAndAnActivityForEveryTask() {
        asCurator();
        ProgrammeDraft d = draft("Lower anxiety", "Find a hobby");
        Programme created = programmes.create(new ProgrammeDraft(d.pupilId(), d.protocol(), d.grounds(),
                d.diagnostics(), d.goal(), d.tasks(), d.participants(), d.internalResources(), d.externalResources(),
                d.expectedResults(), d.criteria(), d.start(), d.end(), d.directions(), d.riskCategory(), null));
        plan.addRow(created.id(), row(created.tasks().get(0).id(), "Consultation"));
        Programme p = lifecycle.discussedWithParents(created.id(), programmes.get(created.id()).version(), today());
        Programme consented = lifecycle.recordConsent(p.id(), p.version(), new Consent(true, today(), "Mother", ""));
        asDirector();
        refused("programmes.rule.curator.required", () -> lifecycle.approve(p.id(), consented.version(), today()));

        wire(Map.of("curatorRequiredBeforeApproval", false));
        asDirector();
        ValidationException e = refused("programmes.rule.tasks.noActivity",
                () -> lifecycle.approve(p.id(), consented.version(), today()));
        assertEquals(List.of("Find a hobby"), List.of(e.params()));
    }

    @Test
    void theDirectorApprovesOnlyAProgrammeWithItsGroundsDiagnosticsAndGoal() {
        asCurator();
        ProgrammeDraft d = draft("Lower anxiety");
        Programme created = programmes.create(new ProgrammeDraft(d.pupilId(), d.protocol(), "Conflict", " ", "",
                d.tasks(), d.participants(), d.internalResources(), d.externalResources(), d.expectedResults(),
                d.criteria(), d.start(), d.end(), d.directions(), d.riskCategory(), null));
        plan.addRow(created.id(), row(created.tasks().get(0).id(), "Consultation"));
        Programme appointed = appointed(programmes.get(created.id()));
        Programme p = lifecycle.discussedWithParents(created.id(), appointed.version(), today());
        Programme consented = lifecycle.recordConsent(p.id(), p.version(), new Consent(true, today(), "Mother", ""));
        asDirector();
        ValidationException e = refused("programmes.rule.descriptive.diagnostics",
                () -> lifecycle.approve(p.id(), consented.version(), today()));
        assertEquals("diagnostics", e.field());
        assertEquals(ProgrammeState.CONSENT_GIVEN, programmes.get(p.id()).state(), "nothing approved");
    }

    @Test
    void theContentIsCheckedOnEveryStepAndAConsentNotBeforeTheStart() {
        asCurator();
        ProgrammeDraft d = draft("Lower anxiety");
        Programme open = programmes.create(new ProgrammeDraft(d.pupilId(), d.protocol(), d.grounds(),
                d.diagnostics(), d.goal(), d.tasks(), d.participants(), d.internalResources(), d.externalResources(),
                d.expectedResults(), d.criteria(), d.start(), null, d.directions(), d.riskCategory(), null));
        refused("programmes.rule.duration.noEnd", () -> lifecycle.discussedWithParents(open.id(), open.version(),
                today()));

        Programme p = written();
        Programme discussed = lifecycle.discussedWithParents(p.id(), p.version(), today());
        refused("core.error.required", () -> lifecycle.recordConsent(p.id(), discussed.version(),
                new Consent(true, today(), " ", "")));
        refused("core.error.future", () -> lifecycle.recordConsent(p.id(), discussed.version(),
                new Consent(true, today().plusDays(1), "Mother", "")));
    }

    @Test
    void withoutTheConsentRequiredBeforeTheStartADiscussedProgrammeIsApprovedAtOnce() {
        wire(Map.of("consentRequiredBeforeStart", false));
        Programme p = written();
        p = lifecycle.discussedWithParents(p.id(), p.version(), today());
        asDirector();
        p = lifecycle.approve(p.id(), p.version(), today());
        asCurator();
        assertEquals(ProgrammeState.IN_PROGRESS, lifecycle.start(p.id(), p.version(), today()).state());
    }

    @Test
    void afterTheParentsRefusedTheProgrammeIsDiscussedAgainOrClosedWithoutADecision() {
        Programme p = written();
        p = lifecycle.discussedWithParents(p.id(), p.version(), today());
        p = lifecycle.recordConsent(p.id(), p.version(), new Consent(false, today(), "Mother", "We disagree"));
        assertEquals(ProgrammeState.CONSENT_REFUSED, p.state());
        assertEquals("We disagree", p.steps().get(3).note());

        Programme closed = lifecycle.close(p.id(), p.version(), null, "");
        assertEquals(ProgrammeState.CLOSED, closed.state());
        assertFalse(closed.consent().given(), "the refusal stays on record");
    }

    @Test
    void aProgrammeInReviewIsClosedByTheDecisionOfTheConsiliumWithItsResult() {
        Programme p = inReview();
        refused("core.error.required", () -> lifecycle.close(p.id(), p.version(), null, "Reached"));
        refused("core.error.required", () -> lifecycle.close(p.id(), p.version(), protocol("12"), " "));
        asStranger();
        denied(DRAFT, () -> lifecycle.close(p.id(), p.version(), protocol("12"), "Reached"));
        asSecretary();
        Programme closed = lifecycle.close(p.id(), p.version(), protocol("12"), "Reached");
        assertEquals(ProgrammeState.CLOSED, closed.state());
        audited("kozlova", AuditAction.UPDATE, PROGRAMME, p.id());
    }

    @Test
    void theConsiliumsReviewDecisionClosesTheProgrammeOrIsRecordedForTheCurator() {
        Programme p = inReview();
        denied(READ_ALL, () -> lifecycle.reviewDecided(p.id(), protocol("12"), "programme-close", "Reached"));
        asSecretary();
        refused("programmes.error.decisionUnknown", () -> lifecycle.reviewDecided(p.id(), protocol("12"),
                "programme-open", ""));
        Programme recorded = lifecycle.reviewDecided(p.id(), protocol("12"), "programme-extend", "Three months more");
        assertEquals(ProgrammeState.REVIEW, recorded.state());
        Step last = recorded.steps().get(recorded.steps().size() - 1);
        assertEquals(List.of("EXTEND_DECIDED", "kozlova", "12", "Three months more"),
                List.of(last.kind(), last.by(), last.orderNumber(), last.note()));
        audited("kozlova", AuditAction.UPDATE, PROGRAMME, p.id());
        assertEquals("review programme-extend", audit.last().summary());

        asSystem();
        Programme closed = lifecycle.reviewDecided(p.id(), protocol("12"), "programme-close", "Reached");
        assertEquals(ProgrammeState.CLOSED, closed.state());
        audited("system", AuditAction.UPDATE, PROGRAMME, p.id());
        asChair();
        refused("programmes.error.notInReview", () -> lifecycle.reviewDecided(p.id(), protocol("13"),
                "programme-close", ""));
    }

    @Test
    void theConsiliumsExtensionWithItsNewLastDayExtendsTheProgrammeAsANewRevision() {
        Programme p = inReview();
        LocalDate newEnd = p.end().plusMonths(3);
        asSecretary();
        audit.clear();
        Programme next = lifecycle.reviewDecided(p.id(), protocol("12"), "programme-extend",
                "Continue support until " + newEnd.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));

        assertEquals(List.of(2, p.id(), ProgrammeState.IN_PROGRESS, newEnd),
                List.of(next.revision(), next.previousId(), next.state(), next.end()));
        assertEquals(p.consent(), next.consent());
        assertEquals("12", next.protocol().number(), "the new revision cites the decision");
        audited("kozlova", AuditAction.UPDATE, PROGRAMME, p.id());
        assertTrue(audit.entries().stream().anyMatch(e -> e.action() == AuditAction.CREATE
                && e.recordId().equals(String.valueOf(next.id()))), "the new revision journaled");
        asCurator();
        assertEquals(ProgrammeState.EXTENDED, programmes.get(p.id()).state());
        assertEquals(List.of("Consultation"), plan.plan(next.id()).stream().map(PlanRow::activity).toList());
    }

    @Test
    void theConsiliumsChangeOpensANewRevisionAsADraftForTheCurator() {
        Programme p = inReview();
        asSystem();
        Programme opened = lifecycle.reviewDecided(p.id(), protocol("12"), "programme-change",
                "Add work with the class");

        assertEquals(List.of(2, ProgrammeState.DRAFT, p.end()), List.of(opened.revision(), opened.state(),
                opened.end()));
        assertNull(opened.consent(), "the changed programme is consented to again");
        Step first = opened.steps().get(0);
        assertEquals(List.of("DRAFT", "12", "Add work with the class"),
                List.of(first.kind(), first.orderNumber(), first.note()));
        asCurator();
        assertEquals(ProgrammeState.CHANGED, programmes.get(p.id()).state());
        Programme saved = programmes.update(opened.id(), opened.version(), withTasks(opened,
                List.of(opened.tasks().get(0), new Task(0, 2, "Work with the class"))));
        assertEquals(2, saved.tasks().size(), "the curator changes the draft");
        assertEquals(ProgrammeState.DISCUSSED_WITH_PARENTS,
                lifecycle.discussedWithParents(saved.id(), saved.version(), today()).state());
    }

    @Test
    void anExtensionsNewLastDayIsTheLatestRealDayItsWordsNameAfterTheEnd() {
        LocalDate end = LocalDate.of(2027, 1, 31);
        assertEquals(LocalDate.of(2027, 5, 30), ReviewDecisions.newEnd(
                "from 01.02.2027 until 30.05.2027, not 31.02.2027", end));
        assertEquals(LocalDate.of(2027, 3, 1), ReviewDecisions.newEnd("until 1.3.2027", end));
        assertNull(ReviewDecisions.newEnd("Three months more", end));
        assertNull(ReviewDecisions.newEnd("as decided on 15.01.2027", end), "a day before the end is no extension");
        assertNull(ReviewDecisions.newEnd(null, end));
    }

    @Test
    void anExtensionIsANewRevisionInProgressWithTheTasksAndTheRowsNotDone() {
        Programme p = inReview();
        audit.clear();
        refused("programmes.error.extendNotLater", () -> lifecycle.extend(p.id(), p.version(), protocol("12"),
                p.end()));
        Programme next = lifecycle.extend(p.id(), p.version(), protocol("12"), p.end().plusMonths(3));

        assertEquals(List.of(2, p.id(), ProgrammeState.IN_PROGRESS, p.end().plusMonths(3)),
                List.of(next.revision(), next.previousId(), next.state(), next.end()));
        assertEquals(p.consent(), next.consent());
        assertEquals(List.of("Lower anxiety"), next.tasks().stream().map(Task::text).toList());
        List<PlanRow> rows = plan.plan(next.id());
        assertEquals(List.of(next.tasks().get(0).id()), rows.stream().map(PlanRow::taskId).toList());
        assertEquals(ProgrammeState.EXTENDED, programmes.get(p.id()).state());
        assertEquals(List.of(p.id(), next.id()), programmes.revisions(next.id()).stream().map(Programme::id)
                .toList());
        List<AuditAction> actions = audit.entries().stream().map(e -> e.action()).toList();
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.CREATE), actions.subList(0, 2),
                "the old revision marked extended, then the new one");
        audited("volkova", AuditAction.READ, PROGRAMME, next.id());
    }

    @Test
    void theRowsCarriedIntoANewRevisionKeepTheirOrderWithoutTheRowsDone() {
        LocalDate start = today().minusMonths(1);
        asCurator();
        Programme p = programmes.create(draft(start, start.plusMonths(6), "standard", "Lower anxiety"));
        long task = p.tasks().get(0).id();
        for (String activity : List.of("Consultation", "Class hour", "Training", "Game", "Talk with the parents")) {
            plan.addRow(p.id(), new PlanRowDraft(activity, "", task, "pupil", "", specialist.id(), start.plusDays(1),
                    start.plusMonths(2), "", ""));
        }
        List<PlanRow> rows = plan.plan(p.id());
        plan.moveRow(rows.get(4).id(), 1);
        p = appointed(programmes.get(p.id()));
        p = lifecycle.discussedWithParents(p.id(), p.version(), start);
        p = lifecycle.recordConsent(p.id(), p.version(), new Consent(true, start, "Mother", ""));
        asDirector();
        p = lifecycle.approve(p.id(), p.version(), start);
        asCurator();
        p = lifecycle.start(p.id(), p.version(), start);
        PlanRow training = plan.plan(p.id()).get(3);
        plan.markDone(training.id(), training.version(), today(), "Done", "");
        p = lifecycle.toReview(p.id(), p.version(), today());

        Programme next = lifecycle.extend(p.id(), p.version(), protocol("12"), p.end().plusMonths(3));

        List<PlanRow> carried = plan.plan(next.id());
        assertEquals(List.of("Talk with the parents", "Consultation", "Class hour", "Game"),
                carried.stream().map(PlanRow::activity).toList());
        assertEquals(List.of(1, 2, 3, 4), carried.stream().map(PlanRow::position).toList());
    }

    @Test
    void aChangeIsANewRevisionWithTheCuratorsAgreementDiscussedAndApprovedAgain() {
        Programme p = inReview();
        refused("core.error.required", () -> lifecycle.change(p.id(), p.version(), withTasks(p, p.tasks()), " "));
        refused("programmes.error.taskInUse", () -> lifecycle.change(p.id(), p.version(),
                withTasks(p, List.of(new Task(0, 1, "Another task"))), "Agreed with the family"));
        Programme changed = lifecycle.change(p.id(), p.version(), withTasks(p, List.of(p.tasks().get(0),
                new Task(0, 2, "Find a hobby"))), "Agreed with the family on 12.03");

        assertEquals(List.of(2, ProgrammeState.DISCUSSED_WITH_PARENTS), List.of(changed.revision(), changed.state()));
        assertEquals(List.of("AGREED " + curator.name().full() + " Agreed with the family on 12.03",
                "DISCUSSED_WITH_PARENTS " + curator.name().full() + " "), changed.steps().stream()
                        .map(s -> s.kind() + " " + s.byName() + " " + s.note()).toList());
        assertEquals(ProgrammeState.CHANGED, programmes.get(p.id()).state());
        Programme consented = lifecycle.recordConsent(changed.id(), changed.version(),
                new Consent(true, today(), "Mother", ""));
        assertEquals(ProgrammeState.CONSENT_GIVEN, consented.state());
    }

    @Test
    void onlyAnApprovedProgrammeIsChangedAsANewRevision() {
        Programme p = written();
        refused("programmes.error.changeBeforeApproval", () -> lifecycle.change(p.id(), p.version(),
                withTasks(p, p.tasks()), "Agreed"));
        asStranger();
        denied(DRAFT, () -> lifecycle.change(p.id(), p.version(), withTasks(p, p.tasks()), "Agreed"));
        assertEquals(1, UNIT.rows("PROGRAMME"));
    }

    /**
     * 002: the curator «при необходимости инициирует заседание внеплановых консилиумов» — the request with its reason
     * is open for the consilium's keepers and the administration until a protocol discusses the pupil on it.
     */
    @Test
    void theCuratorRequestsAnUnplannedConsiliumOpenUntilAProtocolDiscussesThePupil() {
        Programme p = approved();
        asStranger();
        denied(DRAFT, () -> lifecycle.requestMeeting(p.id(), p.version(), "Self-harm signs"));
        denied(READ_ALL, () -> lifecycle.meetingRequests());
        asCurator();
        refused("core.error.required", () -> lifecycle.requestMeeting(p.id(), p.version(), " "));
        refused("core.error.tooLong", () -> lifecycle.requestMeeting(p.id(), p.version(), "я".repeat(1001)));
        Programme requested = lifecycle.requestMeeting(p.id(), p.version(), "Self-harm signs after a conflict");
        Step step = requested.steps().get(requested.steps().size() - 1);
        assertEquals(List.of("MEETING_REQUESTED", "volkova", "Self-harm signs after a conflict"),
                List.of(step.kind(), step.by(), step.note()));
        audited("volkova", AuditAction.UPDATE, PROGRAMME, p.id());
        refused("programmes.error.meetingRequest.open",
                () -> lifecycle.requestMeeting(p.id(), requested.version(), "Again"));

        asSecretary();
        List<MeetingRequest> open = lifecycle.meetingRequests();
        assertEquals(1, open.size());
        assertEquals(List.of(p.id(), p.pupilId(), "Self-harm signs after a conflict"),
                List.of(open.get(0).programmeId(), open.get(0).pupilId(), open.get(0).reason()));
        asDirector();
        assertEquals(1, lifecycle.meetingRequests().size());

        asCurator();
        denied(READ_ALL, () -> lifecycle.meetingHeld(p.id(), protocol("14")));
        asSecretary();
        lifecycle.meetingHeld(p.id(), protocol("14"));
        assertEquals(List.of(), lifecycle.meetingRequests());
        lifecycle.meetingHeld(p.id(), protocol("15")); // nothing open: nothing recorded
        asCurator();
        Step held = programmes.get(p.id()).steps().get(programmes.get(p.id()).steps().size() - 1);
        assertEquals(List.of("MEETING_HELD", "14"), List.of(held.kind(), held.orderNumber()));

        Programme again = programmes.get(p.id());
        assertEquals("MEETING_REQUESTED", lifecycle.requestMeeting(p.id(), again.version(), "New crisis").steps()
                .get(again.steps().size()).kind(), "a new request after the meeting");
    }

    /** 002: the parents may read the draft, take part in discussing the activities and make proposals. */
    @Test
    void theParentsProposalsOnTheDraftAreRecordedWithTheDiscussion() {
        Programme p = written();
        asCurator();
        refused("core.error.tooLong", () -> lifecycle.discussedWithParents(p.id(), p.version(), today(),
                "я".repeat(2001)));
        Programme discussed = lifecycle.discussedWithParents(p.id(), p.version(), today(),
                "  Занятия с психологом после уроков, не во время физкультуры  ");
        Step step = discussed.steps().get(discussed.steps().size() - 1);
        assertEquals(List.of("DISCUSSED_WITH_PARENTS", "Занятия с психологом после уроков, не во время физкультуры"),
                List.of(step.kind(), step.note()));
        audited("volkova", AuditAction.UPDATE, PROGRAMME, p.id());
    }
}
