package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.ReportSection;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ServiceWork;
import org.opora.core.api.report.ServiceReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.ConsiliumLink;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.Amendment;
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
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.PersonName;
import org.opora.core.api.SchoolService;
import org.opora.core.api.Sex;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.UserAdministration;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * opora-consilium's services wired in the container, called through their typed API: a referral goes through the
 * examination to an unplanned meeting whose protocol is finalised, amended with a reason (journaled), printed and
 * cited for the pupil. The rules themselves are tested without a container in the consilium's service tests;
 * installing and removing the feature in {@link ModulesFeatureIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsiliumServicesIT extends PlatformTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Configuration
    public Option[] config() throws IOException {
        File database = freshDatabase("itest-consilium-db");
        return platform(database);
    }

    @Test
    public void aReferralToAFinalisedAmendedPrintedProtocol() throws Exception {
        StaffService staff = service(StaffService.class, null);
        long psychologist = staff(staff, "Волкова", "Анна", "psychologist");
        long socped = staff(staff, "Белов", "Сергей", "social-pedagogue");
        long chair = staff(staff, "Кузнецов", "Андрей", "deputy-director");
        PupilService pupils = service(PupilService.class, null);
        long classId = service(ClassService.class, null).create(service(SchoolService.class, null).school()
                .currentYear(), new ClassDraft(8, "А", null)).id();
        long pupilId = pupils.create(new PupilDraft(new PersonName("Соколова", "Дарья", "Андреевна"),
                LocalDate.now().minusYears(14), Sex.FEMALE, classId)).id();
        Representative mother = pupils.addRepresentative(pupilId, new RepresentativeDraft("Соколова Ирина Павловна",
                "mother", "+7 (900) 123-45-67", ""));

        ReferralService referrals = service(ReferralService.class, null);
        LocalDate today = LocalDate.now();
        Referral referral = referrals.file(new ReferralDraft(pupilId, today.minusDays(2), List.of("crisis-state"),
                "Замкнута, плачет на уроках, отказывается отвечать."));
        referral = referrals.recordExamination(referral.id(), referral.version(),
                new Examination(today, "Признаки кризисного состояния подтверждены.", true));
        assertEquals("CONFIRMED", referral.status().toString());
        long referralId = referral.id();

        MeetingService meetings = service(MeetingService.class, null);
        AgendaService agenda = service(AgendaService.class, null);
        ContributionService contributions = service(ContributionService.class, null);
        ParticipantService participants = service(ParticipantService.class, null);
        ProtocolService protocols = service(ProtocolService.class, null);
        AgendaProposal proposal = agenda.proposals(today).stream()
                .filter(p -> p.referralId() != null && p.referralId() == referralId).findFirst()
                .orElseThrow(() -> new AssertionError("the confirmed referral is proposed"));
        Meeting meeting = meetings.create(new MeetingDraft(MeetingKind.UNPLANNED, "", today, "14:00", "Кабинет 105",
                chair, socped));
        long meetingId = meeting.id();
        participants.addParticipant(meetingId, ParticipantDraft.staff(psychologist));
        participants.addParticipant(meetingId, ParticipantDraft.staff(socped));
        AgendaItem item = agenda.addItem(meetingId, proposal);
        contributions.inviteParent(item.id(), new ParentInvitationDraft(mother.id(), null, null, today.minusDays(1)));
        item = agenda.item(item.id());
        agenda.recordOutcome(item.id(), item.version(), new Outcome("Кризисное состояние после развода родителей",
                "Стабилизация эмоционального состояния", "Снизить тревожность\nУлучшить отношения с матерью",
                "Поддержка бабушки, занятия в художественной студии", List.of("programme-open", "recommendations"),
                "Разработать ИПС", "Щадящий режим опроса", "Консультация психолога", "", psychologist, null));
        meeting = meetings.get(meetingId);
        meeting = protocols.recordConclusion(meetingId, meeting.version(),
                "Обучающаяся нуждается в психолого-педагогическом сопровождении.");
        meeting = protocols.finalise(meetingId, meeting.version());
        assertEquals("FINALISED", meeting.status().toString());
        assertEquals("DISCUSSED", referrals.get(referralId).status().toString());
        theAnnualReportCountsIt(meeting.date());

        // a finalised protocol changes only by an amendment with a reason, which is kept and journaled
        AgendaItem finalItem = agenda.item(item.id());
        try {
            agenda.recordOutcome(finalItem.id(), finalItem.version(), finalItem.outcome());
            fail("a finalised protocol was changed without an amendment");
        } catch (ValidationException refused) {
            assertEquals("consilium.error.finalised", refused.messageKey());
        }
        meeting = protocols.amendConclusion(meetingId, meeting.version(),
                "Обучающаяся нуждается в психолого-педагогическом сопровождении; куратор ИПС — педагог-психолог.",
                "Уточнено по замечанию председателя");
        List<Amendment> amendments = protocols.amendments(meetingId);
        assertEquals(1, amendments.size());
        assertEquals("Уточнено по замечанию председателя", amendments.get(0).reason());
        AuditService audit = service(AuditService.class, null);
        assertTrue("the amendment is journaled", audit.find(new AuditQuery(null, null, null, AuditAction.UPDATE,
                "consilium.meeting", String.valueOf(meetingId)), 0, 50).stream()
                .anyMatch(r -> r.summary().equals("amendment")));

        String protocol = pdfText("consilium.protocol", meetingId);
        assertTrue(protocol, protocol.contains("Соколова Дарья Андреевна"));
        assertTrue(protocol, protocol.contains(meeting.number()));
        List<ProtocolRef> cited = service(ConsiliumLink.class, null).protocolsFor(pupilId);
        assertEquals(1, cited.size());
        assertEquals(Long.valueOf(psychologist), cited.get(0).curatorId());
    }

    /**
     * The order on the consilium's composition is signed by the role of the school's chain
     * ({@code compositionOrderChain}, by default the director): the structure's manager is refused — through the
     * consilium and through the core alike — the director appoints by order and is told the consilium has no chair;
     * after the school names the head of service, the head appoints and the director is refused.
     */
    @Test
    public void theCompositionIsChangedByTheHolderOfTheChainsRoleOnly() throws Exception {
        UserAdministration users = service(UserAdministration.class, null);
        Set<String> reads = Set.of(ConsiliumPermissions.ACCESS, CorePermissions.STAFF_READ);
        users.saveRole("director", "Директор", reads);
        users.saveRole("head-of-service", "Руководитель службы сопровождения", Set.of(ConsiliumPermissions.ACCESS,
                CorePermissions.STAFF_READ, CorePermissions.STRUCTURE_MANAGE));
        users.createUser("orlova", "Орлова Ирина Павловна", "", "Zolotaja-Osen-1957".toCharArray(),
                Set.of("director"));
        users.createUser("belova", "Белова Мария Игоревна", "", "Serebrjanyj-Bor-1961".toCharArray(),
                Set.of("head-of-service"));
        OporaUser director = users.resolve("orlova").orElseThrow();
        OporaUser head = users.resolve("belova").orElseThrow();
        StaffService staff = service(StaffService.class, null);
        long member = staff(staff, "Зайцева", "Ольга", "speech-therapist");
        long another = staff(staff, "Морозов", "Павел", "psychologist");
        long order = service(OrderService.class, null).register(new OrderDraft("112-о", LocalDate.now(),
                "О составе ППк", "")).id();
        ConsiliumService consilium = service(ConsiliumService.class, null);
        StructureService structure = service(StructureService.class, null);
        LocalDate today = LocalDate.now();

        assertFalse(ModuleGuard.actingAs(head, consilium::canManageComposition));
        refusedRole("director", () -> ModuleGuard.actingAs(head, () -> consilium.appoint(member, "member", today,
                order)));
        refusedRole("director", () -> ModuleGuard.actingAs(head, () -> structure.addMember(new MemberDraft(
                "consilium", member, "member", today, order))));
        ApprovalStep signer = ModuleGuard.actingAs(director, consilium::compositionSigner);
        assertEquals(List.of("director", "Директор"), List.of(signer.role(), signer.position()));
        assertTrue(signer.holders().toString(), signer.holders().contains("Орлова Ирина Павловна"));
        assertTrue(ModuleGuard.actingAs(director, consilium::canManageComposition));
        BodyMember appointed = ModuleGuard.actingAs(director, () -> consilium.appoint(member, "member", today,
                order));
        assertEquals("112-о", appointed.orderNumber());
        List<String> duties = dutiesAbout(director, "consilium/composition");
        assertEquals(duties.toString(), 1, duties.size());
        assertTrue(duties.get(0), duties.get(0).startsWith("В составе ППк нет: "));
        assertEquals(List.of(), dutiesAbout(head, "consilium/composition"));

        ConfigurationAdmin config = service(ConfigurationAdmin.class, null);
        org.osgi.service.cm.Configuration rules = config.getConfiguration("org.opora.consilium.rules", "?");
        Dictionary<String, Object> values = new Hashtable<>();
        values.put("compositionOrderChain", new String[] {"approve: head-of-service = Руководитель службы"});
        rules.update(values);
        try {
            eventually("the chain setting applies", () -> "Руководитель службы".equals(
                    ModuleGuard.actingAs(head, consilium::compositionSigner).position()));
            refusedRole("head-of-service", () -> ModuleGuard.actingAs(director, () -> consilium.endMembership(
                    appointed.id(), today)));
            ModuleGuard.actingAs(head, () -> consilium.appoint(another, "member", today, order));
            assertEquals(today, ModuleGuard.actingAs(head, () -> consilium.endMembership(appointed.id(), today)).to());
        } finally {
            rules.delete();
        }
    }

    private static void refusedRole(String role, Runnable call) {
        try {
            call.run();
            fail("not refused: only the role " + role + " changes the composition");
        } catch (AccessDeniedException refused) {
            assertEquals("role " + role, refused.permission());
        }
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

    /**
     * The annual report (000 §5.1.2) of the meeting's year: the sections of the installed modules in their order,
     * the consilium's with the meeting held and the referral examined; the analysis per direction counts both as
     * diagnostics (000 §3), and «Работа Службы по направлениям» lists them with their routes.
     */
    private void theAnnualReportCountsIt(LocalDate held) throws Exception {
        ServiceReport report = service(ServiceReport.class, null);
        List<ReportSection> sections = report.sections(AcademicYear.containing(held), Locale.forLanguageTag("ru"));
        assertEquals(List.of("core", "core-directions", "consilium", "programmes", "patronage"),
                sections.stream().map(ReportSection::id).toList());
        ReportSection directions = sections.get(1);
        assertEquals("Работа Службы по направлениям деятельности", directions.title());
        assertTrue(directions.figures().toString(), figure(directions, "Диагностика") >= 2);
        assertEquals(figure(directions, "Всего мероприятий за год"), directions.charts().get(0).points().stream()
                .mapToDouble(ChartPoint::value).sum(), 0.001);
        ServiceWork work = service(ServiceWork.class, null);
        List<Activity> diagnostics = work.activities(ActivityQuery.of(AcademicYear.containing(held))
                .withDirection("diagnostics"), Locale.forLanguageTag("ru"));
        assertTrue(diagnostics.toString(), diagnostics.stream().anyMatch(a -> a.kind().equals("Заседание ППк")
                && a.date().equals(held) && a.route().startsWith("consilium/meeting/")));
        assertTrue(diagnostics.toString(), diagnostics.stream().anyMatch(a -> a.route().startsWith(
                "consilium/referral/") && a.person().startsWith("Соколова Дарья Андреевна")));
        ReportSection consilium = sections.get(2);
        assertEquals("Психолого-педагогический консилиум", consilium.title());
        assertTrue(figure(consilium, "Проведено заседаний (протокол подписан)") >= 1);
        assertTrue(figure(consilium, "Получено представлений (направлений) на обучающихся") >= 1);
        assertTrue(figure(consilium, "Обследовано по представлениям") >= 1);
        double meetingsCharted = consilium.charts().get(0).points().stream().mapToDouble(ChartPoint::value).sum();
        assertEquals(figure(consilium, "Проведено заседаний (протокол подписан)"), meetingsCharted, 0.001);
    }

    private static double figure(ReportSection section, String label) {
        return section.figures().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure «" + label + "» in " + section.figures())).value();
    }

    private static long staff(StaffService staff, String surname, String name, String type) {
        return staff.create(new StaffDraft(new PersonName(surname, name, ""), "Специалист", List.of(type), null, "",
                "")).id();
    }

    /** The text of a contributed form rendered for a record (the probe has no signed-in user to print as). */
    private String pdfText(String documentId, long recordId) throws Exception {
        DocumentService documents = service(DocumentService.class, null);
        for (ServiceReference<PrintableDocument> ref : context.getServiceReferences(PrintableDocument.class, null)) {
            PrintableDocument form = context.getService(ref);
            if (documentId.equals(form.id())) {
                byte[] pdf = documents.render(form.build(String.valueOf(recordId), Locale.forLanguageTag("ru")));
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    return new PDFTextStripper().getText(doc);
                }
            }
        }
        throw new AssertionError("no printable form " + documentId);
    }
}
