package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.ConsiliumLink;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.core.api.CoreException;
import org.opora.core.api.PersonName;
import org.opora.core.api.SchoolService;
import org.opora.core.api.Sex;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ServiceWork;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.UserAdministration;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.Consultation;
import org.opora.programmes.api.plan.ConsultationDraft;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.ProtocolSource;
import org.opora.programmes.api.programme.SupportPlanService;
import org.opora.programmes.api.programme.Task;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * opora-programmes and its link with the consilium wired in the container, called through their typed APIs: a
 * programme at high suicide risk is held to the six-month clause, approved and started; under review it is proposed
 * for a meeting's agenda, the finalised protocol's decision closes it, and the protocol is then offered to cite in a
 * new programme. A school that makes the deputy the approver has the deputy, not the director, approve. The rules
 * are tested without a container in the programmes' service tests; installing and removing
 * the features in {@link ModulesFeatureIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProgrammesServicesIT extends PlatformTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Configuration
    public Option[] config() throws IOException {
        File database = freshDatabase("itest-programmes-db");
        return platform(database);
    }

    @Test
    public void aProgrammeReviewedByTheConsiliumAndItsProtocolCited() throws Exception {
        StaffService staff = service(StaffService.class, null);
        long curator = staff.create(new StaffDraft(new PersonName("Волкова", "Анна", "Игоревна"), "Педагог-психолог",
                List.of("psychologist"), null, "", "")).id();
        long secretary = staff.create(new StaffDraft(new PersonName("Белов", "Сергей", "Николаевич"),
                "Социальный педагог", List.of("social-pedagogue"), null, "", "")).id();
        long classId = service(ClassService.class, null).create(service(SchoolService.class, null).school()
                .currentYear(), new ClassDraft(9, "А", null)).id();
        PupilService pupils = service(PupilService.class, null);
        long pupilId = pupils.create(new PupilDraft(new PersonName("Григорьев", "Павел", "Олегович"),
                LocalDate.now().minusYears(15), Sex.MALE, classId)).id();
        pupils.addRepresentative(pupilId, new RepresentativeDraft("Григорьева Анна Петровна", "mother",
                "+7 (900) 765-43-21", ""));

        ProgrammeService programmes = service(ProgrammeService.class, null);
        ProgrammeLifecycle lifecycle = service(ProgrammeLifecycle.class, null);
        SupportPlanService plan = service(SupportPlanService.class, null);
        LocalDate start = LocalDate.now();
        try {
            programmes.create(draft(pupilId, null, start, start.plusMonths(3).minusDays(1), curator));
            fail("a 3-month programme at high suicide risk was accepted");
        } catch (CoreException refused) {
            assertTrue(refused.messageKey(), refused.messageKey().startsWith("programmes."));
        }
        Programme programme = programmes.create(draft(pupilId, null, start, start.plusMonths(6).minusDays(1),
                curator));
        long id = programme.id();
        plan.addRow(id, new PlanRowDraft("Консультация педагога-психолога", "индивидуальная беседа",
                programme.tasks().get(0).id(), "pupil", "обучающийся", curator, start.plusDays(7), null,
                "снижение тревожности", "psychological"));
        programme = lifecycle.discussedWithParents(id, programme.version(), start);
        programme = lifecycle.recordConsent(id, programme.version(), new Consent(true, start,
                "Григорьева Анна Петровна", ""));
        programme = lifecycle.approve(id, programme.version(), start);
        programme = lifecycle.start(id, programme.version(), start);
        assertEquals("IN_PROGRESS", programme.state().toString());

        lifecycle.toReview(id, programmes.get(id).version(), LocalDate.now());
        MeetingService meetings = service(MeetingService.class, null);
        AgendaService agenda = service(AgendaService.class, null);
        ContributionService contributions = service(ContributionService.class, null);
        ParticipantService participants = service(ParticipantService.class, null);
        ProtocolService protocols = service(ProtocolService.class, null);
        AgendaProposal proposal = agenda.proposals(LocalDate.now()).stream()
                .filter(p -> ("programme:" + id).equals(p.sourceRef())).findFirst()
                .orElseThrow(() -> new AssertionError("the programme under review is proposed for the agenda"));
        Meeting meeting = meetings.create(new MeetingDraft(MeetingKind.PLANNED, "planned-diagnostics",
                LocalDate.now(), "", "Кабинет 214", curator, secretary));
        long meetingId = meeting.id();
        AgendaItem item = agenda.addItem(meetingId, proposal);
        contributions.inviteParent(item.id(), new ParentInvitationDraft(null, "Григорьева Анна Петровна", "mother",
                LocalDate.now()));
        for (long participant : new long[] {curator, secretary}) {
            participants.addParticipant(meetingId, ParticipantDraft.staff(participant));
        }
        item = agenda.item(item.id());
        agenda.recordOutcome(item.id(), item.version(), new Outcome("Состояние стабилизировалось", "", "", "",
                List.of("programme-close"), "Завершить сопровождение", "", "", "", null, null));
        meeting = protocols.recordConclusion(meetingId, meetings.get(meetingId).version(), "Цели программы достигнуты.");
        meeting = protocols.finalise(meetingId, meeting.version());
        eventually("the review decision closed the programme",
                () -> "CLOSED".equals(programmes.get(id).state().toString()));

        long itemId = item.id();
        ProtocolCitation citation = service(ProtocolSource.class, null).protocolsFor(pupilId, RU).stream()
                .map(p -> p.citation()).filter(c -> Long.valueOf(itemId).equals(c.itemId())).findFirst()
                .orElseThrow(() -> new AssertionError("the finalised protocol is offered to cite"));
        Programme next = programmes.create(draft(pupilId, citation, start.plusMonths(1), start.plusMonths(7),
                curator));
        assertEquals(Long.valueOf(itemId), next.protocol().itemId());
        assertEquals(meeting.number(), next.protocol().number());
        assertEquals(1, service(ConsiliumLink.class, null).protocolsFor(pupilId).size());

        // the consilium decides to extend another programme to a day its words name: the programme is extended
        Programme third = programmes.create(draft(pupilId, null, start, start.plusMonths(6).minusDays(1), curator));
        long thirdId = third.id();
        plan.addRow(thirdId, new PlanRowDraft("Консультация педагога-психолога", "индивидуальная беседа",
                third.tasks().get(0).id(), "pupil", "обучающийся", curator, start.plusDays(7), null,
                "снижение тревожности", "psychological"));
        third = lifecycle.discussedWithParents(thirdId, programmes.get(thirdId).version(), start);
        third = lifecycle.recordConsent(thirdId, third.version(), new Consent(true, start,
                "Григорьева Анна Петровна", ""));
        third = lifecycle.approve(thirdId, third.version(), start);
        third = lifecycle.start(thirdId, third.version(), start);
        lifecycle.toReview(thirdId, third.version(), LocalDate.now());
        AgendaProposal review = agenda.proposals(LocalDate.now()).stream()
                .filter(p -> ("programme:" + thirdId).equals(p.sourceRef())).findFirst()
                .orElseThrow(() -> new AssertionError("the second programme under review is proposed"));
        long second = meetings.create(new MeetingDraft(MeetingKind.PLANNED, "planned-diagnostics", LocalDate.now(),
                "", "Кабинет 214", curator, secretary)).id();
        AgendaItem extension = agenda.addItem(second, review);
        contributions.inviteParent(extension.id(), new ParentInvitationDraft(null, "Григорьева Анна Петровна",
                "mother", LocalDate.now()));
        for (long participant : new long[] {curator, secretary}) {
            participants.addParticipant(second, ParticipantDraft.staff(participant));
        }
        extension = agenda.item(extension.id());
        LocalDate newEnd = start.plusMonths(9);
        agenda.recordOutcome(extension.id(), extension.version(), new Outcome("Положительная динамика", "", "", "",
                List.of("programme-extend"), "Продлить сопровождение до "
                        + newEnd.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "", "", "",
                null, null));
        Meeting held = protocols.recordConclusion(second, meetings.get(second).version(), "Продолжить сопровождение.");
        protocols.finalise(second, held.version());
        eventually("the extension decided by the consilium extended the programme",
                () -> programmes.revisions(thirdId).size() == 2);
        Programme extended = programmes.revisions(thirdId).get(1);
        assertEquals(newEnd, extended.end());
        assertEquals("IN_PROGRESS", extended.state().toString());
        assertEquals("EXTENDED", programmes.get(thirdId).state().toString());
    }

    /**
     * The school makes the deputy director the approver («Цепочка утверждения программы»: {@code approve: deputy}):
     * the deputy — not the director — has the duty «Утвердить ИПС» and approves, and the printed «УТВЕРЖДАЮ» block
     * names the deputy's position and the deputy; the director's attempt is refused.
     */
    @Test
    public void theConfiguredApproverTheDeputyApprovesAndTheDirectorDoesNot() throws Exception {
        UserAdministration users = service(UserAdministration.class, null);
        Set<String> base = Set.of("programmes.access", "programmes.existence");
        users.saveRole("director", "Директор", Set.of("programmes.access", "programmes.existence",
                "programmes.read-all"));
        users.saveRole("deputy", "Заместитель директора по УВР", base);
        users.createUser("orlova", "Орлова Ирина Павловна", "", "Zolotaja-Osen-1957".toCharArray(),
                Set.of("director"));
        users.createUser("petrova", "Петрова Анна Сергеевна", "", "Serebrjanyj-Bor-1961".toCharArray(),
                Set.of("deputy"));
        OporaUser director = users.resolve("orlova").orElseThrow();
        OporaUser deputy = users.resolve("petrova").orElseThrow();

        ConfigurationAdmin config = service(ConfigurationAdmin.class, null);
        org.osgi.service.cm.Configuration rules = config.getConfiguration("org.opora.programmes.rules", "?");
        Dictionary<String, Object> values = new Hashtable<>();
        values.put("programmeApprovalChain", new String[] {"approve: deputy"});
        rules.update(values);
        try {
            StaffService staff = service(StaffService.class, null);
            long curator = staff.create(new StaffDraft(new PersonName("Соколова", "Вера", "Андреевна"),
                    "Педагог-психолог", List.of("psychologist"), null, "", "")).id();
            long classId = service(ClassService.class, null).create(service(SchoolService.class, null).school()
                    .currentYear(), new ClassDraft(8, "Б", null)).id();
            long pupilId = service(PupilService.class, null).create(new PupilDraft(new PersonName("Лебедев",
                    "Игорь", "Олегович"), LocalDate.now().minusYears(14), Sex.MALE, classId)).id();
            ProgrammeService programmes = service(ProgrammeService.class, null);
            ProgrammeLifecycle lifecycle = service(ProgrammeLifecycle.class, null);
            LocalDate start = LocalDate.now();
            Programme programme = programmes.create(draft(pupilId, null, start, start.plusMonths(6).minusDays(1),
                    curator));
            long id = programme.id();
            service(SupportPlanService.class, null).addRow(id, new PlanRowDraft("Консультация педагога-психолога",
                    "индивидуальная беседа", programme.tasks().get(0).id(), "pupil", "обучающийся", curator,
                    start.plusDays(7), null, "снижение тревожности", "psychological"));
            programme = lifecycle.discussedWithParents(id, programmes.get(id).version(), start);
            Programme consented = lifecycle.recordConsent(id, programme.version(), new Consent(true, start,
                    "Лебедева Анна Петровна", ""));
            eventually("the chain setting applies", () -> {
                try {
                    return ModuleGuard.actingAs(deputy, () -> lifecycle.approvals(id)).get(0).role().equals("deputy");
                } catch (AccessDeniedException notYet) {
                    return false;
                }
            });

            String route = "programmes/programme/" + id;
            assertEquals(List.of("Утвердить ИПС"), dutiesAbout(deputy, route));
            assertEquals(List.of(), dutiesAbout(director, route));
            try {
                ModuleGuard.actingAs(director, () -> lifecycle.approve(id, consented.version(), start));
                fail("the director approved although the deputy is the configured approver");
            } catch (AccessDeniedException refused) {
                assertEquals("role deputy", refused.permission());
            }
            Programme approved = ModuleGuard.actingAs(deputy, () -> lifecycle.approve(id, consented.version(),
                    start));
            assertEquals("APPROVED", approved.state().toString());
            assertEquals(List.of(), dutiesAbout(deputy, route));

            ApprovalStep step = ModuleGuard.actingAs(deputy, () -> lifecycle.approvals(id)).get(0);
            assertEquals(List.of("Заместитель директора по УВР", "petrova", "Петрова Анна Сергеевна"),
                    List.of(step.position(), step.by(), step.byName()));
            PrintableDocument form = context.getService(context.getServiceReferences(PrintableDocument.class,
                    null).stream().filter(r -> "programmes.programme".equals(context.getService(r).id()))
                    .findFirst().orElseThrow());
            Block.Approval stamp = ModuleGuard.actingAs(deputy, () -> form.build(String.valueOf(id), RU)).blocks()
                    .stream().filter(Block.Approval.class::isInstance).map(Block.Approval.class::cast).findFirst()
                    .orElseThrow();
            assertEquals("УТВЕРЖДАЮ", stamp.lines().get(0));
            assertTrue(stamp.lines().toString(), stamp.lines().get(1).startsWith("Заместитель директора по УВР "));
            assertTrue(stamp.lines().toString(), stamp.lines().contains("Петрова Анна Сергеевна"));
        } finally {
            rules.delete();
        }
    }

    /**
     * 001 in the container: a pupil with the status ОВЗ and no plan is the coordinator's duty (§6.1) until a plan is
     * opened; the parents' acquaintance (§4.3) and the coordinator's appointing order (§8.3.1) are stored by the
     * module's changesets and read back.
     */
    @Test
    public void anIndividualPlanIsOwedThenAcquaintedAndItsCoordinatorAppointedByOrder() throws Exception {
        UserAdministration users = service(UserAdministration.class, null);
        users.saveRole("coordinator", "Координатор индивидуальных планов", Set.of("programmes.access",
                "programmes.existence", "programmes.coordinate", "core.pupil.read", "core.pupil.read-all",
                "core.pupil.flags"));
        users.createUser("zaitseva", "Зайцева Ольга Николаевна", "", "Tihij-Omut-1968".toCharArray(),
                Set.of("coordinator"));
        OporaUser coordinatorUser = users.resolve("zaitseva").orElseThrow();
        long coordinator = service(StaffService.class, null).create(new StaffDraft(new PersonName("Зайцева",
                "Ольга", "Николаевна"), "Заместитель директора по УВР", List.of(), null, "", "")).id();
        long classId = service(ClassService.class, null).create(service(SchoolService.class, null).school()
                .currentYear(), new ClassDraft(3, "В", null)).id();
        PupilService pupils = service(PupilService.class, null);
        long pupilId = pupils.create(new PupilDraft(new PersonName("Морозов", "Денис", "Ильич"),
                LocalDate.now().minusYears(9), Sex.MALE, classId)).id();
        pupils.setFlag(pupilId, "ovz", LocalDate.now().minusMonths(1), "заключение ПМПК");
        String route = "programmes/plans/" + pupilId;
        eventually("the coordinator is told of the pupil without a plan", () -> {
            try {
                return dutiesAbout(coordinatorUser, route).size() == 1;
            } catch (InvalidSyntaxException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(dutiesAbout(coordinatorUser, route).get(0).contains("п. 6.1"));

        OrderService orders = service(OrderService.class, null);
        LocalDate today = LocalDate.now();
        long appointment = orders.register(new OrderDraft("17-к", today.minusDays(3), "О назначении координатора",
                "Назначить Зайцеву О. Н.")).id();
        IndividualPlanService plans = service(IndividualPlanService.class, null);
        plans.informParents(pupilId, today, "Морозова Анна Петровна");
        assertEquals("a plan opened this year ends the duty", List.of(), dutiesAbout(coordinatorUser, route));
        IndividualPlan plan = plans.create(new IndividualPlanDraft(pupilId, "ovz", List.of(), 20, today,
                today.plusMonths(8), coordinator, null, null, appointment));
        assertEquals("17-к", plan.coordinatorOrder());
        assertEquals(today.minusDays(3), plan.coordinatorOrderDate());
        plan = plans.recordAcquaintance(plan.id(), plan.version(), new Acquaintance(today, "Морозова Анна Петровна",
                true, true, true, ""));
        plan = plans.discussedWithParents(plan.id(), plan.version(), today);
        IndividualPlan read = plans.get(plan.id());
        assertEquals("DISCUSSED_WITH_PARENTS", read.state().toString());
        assertEquals("Морозова Анна Петровна", read.acquaintance().representative());
        assertTrue(read.acquaintance().complete());
        assertEquals(Long.valueOf(appointment), read.coordinatorOrderId());

        // §4.6: a consultation with a specialist, stored by its changeset, with its direction of work
        long therapist = service(StaffService.class, null).create(new StaffDraft(new PersonName("Лебедева", "Ирина",
                "Сергеевна"), "Учитель-логопед", List.of(), null, "", "")).id();
        plan = plans.addConsultation(plan.id(), plan.version(), new ConsultationDraft(today, therapist,
                "Морозова Анна Петровна", "Результаты логопедического обследования", "diagnostics"));
        List<Consultation> consultations = plans.consultations(plan.id());
        assertEquals(1, consultations.size());
        assertEquals("Лебедева Ирина Сергеевна", consultations.get(0).specialistName());
        long planId = plan.id();
        assertTrue(service(ServiceWork.class, null).activities(new ActivityQuery(today, today, "diagnostics"), RU)
                .stream().anyMatch(a -> a.route().equals("programmes/plan/" + planId)
                        && a.title().equals("Результаты логопедического обследования")));

        // §8.3.2: approved, carried out and closed with the coordinator's analysis, read back
        plan = plans.recordConsent(plan.id(), plan.version(), new Consent(true, today, "Морозова Анна Петровна", ""));
        plan = plans.agree(plan.id(), plan.version(), today);
        plan = plans.approve(plan.id(), plan.version(), today);
        plan = plans.start(plan.id(), plan.version(), today);
        plan = plans.recordResults(plan.id(), plan.version(), "Звукопроизношение поставлено");
        plans.close(plan.id(), plan.version(), today, "План выполнен полностью");
        IndividualPlan closed = plans.get(plan.id());
        assertEquals("CLOSED", closed.state().toString());
        assertEquals("Звукопроизношение поставлено", closed.results().note());
        assertEquals("План выполнен полностью", closed.closed().note());
    }

    /**
     * 000 §3: a plan row carries the direction of work chosen (or derived: a psychologist's row with the pupil is
     * correctional), an interaction with an agency its own; «Работа Службы по направлениям» lists and counts them
     * through every module's ActivitySource, and stopping the programmes' implementation takes its rows away. An
     * unknown direction is refused with its message and stores nothing.
     */
    @Test
    public void theServicesWorkIsListedByDirection() throws Exception {
        StaffService staff = service(StaffService.class, null);
        long curator = staff.create(new StaffDraft(new PersonName("Орлова", "Мария", "Петровна"), "Педагог-психолог",
                List.of("psychologist"), null, "", "")).id();
        long classId = service(ClassService.class, null).create(service(SchoolService.class, null).school()
                .currentYear(), new ClassDraft(7, "В", null)).id();
        long pupilId = service(PupilService.class, null).create(new PupilDraft(new PersonName("Зайцев", "Илья",
                "Андреевич"), LocalDate.now().minusYears(13), Sex.MALE, classId)).id();
        LocalDate start = LocalDate.now();
        Programme p = service(ProgrammeService.class, null).create(draft(pupilId, null, start,
                start.plusMonths(6).minusDays(1), curator));
        SupportPlanService plan = service(SupportPlanService.class, null);
        long task = p.tasks().get(0).id();
        PlanRow diagnostics = plan.addRow(p.id(), new PlanRowDraft("Диагностика тревожности по Филлипсу",
                "тест", task, "pupil", "обучающийся", curator, start.plusDays(1), null, "уровень тревожности",
                "psychological", "diagnostics"));
        PlanRow derived = plan.addRow(p.id(), new PlanRowDraft("Развивающие занятия с педагогом-психологом",
                "групповые занятия", task, "pupil", "обучающийся", curator, start.plusDays(2), null, "",
                "psychological"));
        assertEquals("diagnostics", diagnostics.workDirection());
        assertEquals("correction", derived.workDirection());
        try {
            plan.addRow(p.id(), new PlanRowDraft("Астрологический прогноз", "", task, "pupil", "", curator,
                    start.plusDays(3), null, "", "", "astrology"));
            fail("an unknown direction of work was accepted");
        } catch (CoreException refused) {
            assertEquals("core.error.direction.unknown", refused.messageKey());
        }
        assertEquals(2, plan.plan(p.id()).size());
        AgencyService agencies = service(AgencyService.class, null);
        long kdn = agencies.create(new AgencyDraft("kdn", "КДН и ЗП района", "", "", "", "")).id();
        agencies.record(new InteractionDraft(start, kdn, pupilId, "Профилактическая беседа", "", "", null,
                "prevention"));

        ServiceWork work = service(ServiceWork.class, null);
        ActivityQuery period = new ActivityQuery(start, start.plusMonths(6), ActivityQuery.ALL);
        List<Activity> diagnosticsWork = work.activities(period.withDirection("diagnostics"), RU);
        assertTrue(diagnosticsWork.toString(), diagnosticsWork.stream().anyMatch(a -> a.title().equals(
                "Диагностика тревожности по Филлипсу") && a.person().equals("Зайцев Илья Андреевич")
                && a.route().equals("programmes/programme/" + p.id())));
        assertTrue(diagnosticsWork.stream().allMatch(a -> a.direction().equals("diagnostics")));
        assertTrue(work.activities(period.withDirection("prevention"), RU).stream()
                .anyMatch(a -> a.title().contains("Профилактическая беседа")));
        Map<String, Integer> counts = new HashMap<>();
        work.counts(period, RU).forEach(c -> counts.put(c.code(), c.count()));
        assertTrue(counts.toString(), counts.get("diagnostics") >= 1 && counts.get("correction") >= 1
                && counts.get("prevention") >= 1);
        assertEquals("every configured direction is counted, zero included", 7,
                work.counts(period, RU).stream().filter(c -> !c.code().isEmpty()).count());

        Bundle impl = bundle("org.opora.programmes.impl");
        impl.stop();
        try {
            eventually("the programmes' rows leave the list with their module", () -> {
                try {
                    return work.activities(period, RU).stream().noneMatch(a -> a.route().startsWith("programmes/"));
                } catch (RuntimeException e) {
                    return false;
                }
            });
            assertTrue(work.activities(period, RU).stream().anyMatch(a -> a.title().contains("Профилактическая")));
        } finally {
            impl.start();
        }
        eventually("the programmes' rows come back with their module", () -> {
            try {
                return work.activities(period.withDirection("diagnostics"), RU).stream()
                        .anyMatch(a -> a.route().equals("programmes/programme/" + p.id()));
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** The titles of the user's duties («Мои дела») that lead to the route. */
    private List<String> dutiesAbout(OporaUser user, String route) throws InvalidSyntaxException {
        List<String> titles = new ArrayList<>();
        for (ServiceReference<DutyProvider> ref : context.getServiceReferences(DutyProvider.class, null)) {
            DutyProvider provider = context.getService(ref);
            ModuleGuard.actingAs(user, () -> provider.dutiesOf(user, RU)).stream()
                    .filter(d -> route.equals(d.route())).forEach(d -> titles.add(d.title()));
        }
        return titles;
    }

    private static ProgrammeDraft draft(long pupilId, ProtocolCitation protocol, LocalDate start, LocalDate end,
            long curator) {
        return new ProgrammeDraft(pupilId, protocol, "Суицидальные высказывания, конфликт с родителями",
                "Высокий уровень тревожности", "Преодоление кризисного состояния",
                List.of(new Task(0L, 1, "Снизить тревожность")), "классный руководитель, педагог-психолог, родители",
                "Увлечение музыкой", "Поддержка бабушки", "Стабилизация эмоционального состояния",
                "Оценка состояния обучающимся, родителями, классным руководителем", start, end,
                List.of("psychological"), "high-suicide-risk", curator);
    }
}
