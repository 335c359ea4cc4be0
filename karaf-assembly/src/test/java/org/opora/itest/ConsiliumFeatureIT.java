package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.opora.itest.ModuleApi.call;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.karaf.features.FeaturesService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintableDocument;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

/**
 * opora-consilium installed into and removed from a running school: a distribution booted with the core only gets
 * the consilium's views when the feature is installed; a referral goes through the examination to an unplanned
 * meeting whose protocol is finalised and printed; uninstalling removes the views and leaves the core's data alone;
 * installing again brings the protocol back. Services are called reflectively ({@link ModuleApi}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsiliumFeatureIT extends PlatformTestSupport {

    private static final String BOOT_WITH_CORE_ONLY = "framework, wrap, shell, feature, jaas, ssh, bundle, config,"
            + " deployer, diagnostic, instance, log, package, service, system, scr, opora-platform, opora-core";
    private static final Set<String> VIEWS = Set.of("consilium/meetings", "consilium/referrals",
            "consilium/composition");

    @Configuration
    public Option[] config() throws IOException {
        File database = freshDatabase("itest-consilium-db");
        return platform(database,
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", BOOT_WITH_CORE_ONLY));
    }

    @Test
    public void installUseUninstallAndInstallAgain() throws Exception {
        FeaturesService features = service(FeaturesService.class, null);
        ModuleApi core = new ModuleApi(context, "org.opora.core.api", TIMEOUT);
        Object pupils = core.service("pupil.PupilService");
        assertFalse(features.isInstalled(features.getFeature("opora-consilium")));
        assertFalse(routes().contains("consilium/meetings"));

        long psychologist = staff(core, "Волкова", "Анна", "psychologist");
        long socped = staff(core, "Белов", "Сергей", "social-pedagogue");
        long chair = staff(core, "Кузнецов", "Андрей", "deputy-director");
        Object year = call(call(core.service("SchoolService"), "school"), "currentYear");
        Object klass = call(core.service("pupil.ClassService"), "create", year, core.make("pupil.ClassDraft", 8, "А",
                null));
        Object pupil = call(pupils, "create", core.make("pupil.PupilDraft",
                core.make("PersonName", "Соколова", "Дарья", "Андреевна"), LocalDate.now().minusYears(14),
                core.constant("Sex", "FEMALE"), call(klass, "id")));
        long pupilId = (Long) call(pupil, "id");
        Object mother = call(pupils, "addRepresentative", pupilId, core.make("pupil.RepresentativeDraft",
                "Соколова Ирина Павловна", "mother", "+7 (900) 123-45-67", ""));
        Object allPupils = call(core.type("pupil.PupilQuery"), "all");
        int pupilsBefore = (Integer) call(pupils, "count", allPupils);

        features.installFeature("opora-consilium");
        eventually("consilium views registered", () -> routes().containsAll(VIEWS)
                && routes().stream().anyMatch(r -> r.startsWith("consilium/meeting/")));

        ModuleApi consilium = new ModuleApi(context, "org.opora.consilium.api", TIMEOUT);
        Object referrals = consilium.service("referral.ReferralService");
        LocalDate today = LocalDate.now();
        Object referral = call(referrals, "file", consilium.make("referral.ReferralDraft", pupilId,
                today.minusDays(2), List.of("crisis-state"), "Замкнута, плачет на уроках, отказывается отвечать."));
        long referralId = (Long) call(referral, "id");
        referral = call(referrals, "recordExamination", referralId, call(referral, "version"),
                consilium.make("referral.Examination", today, "Признаки кризисного состояния подтверждены.", true));
        assertEquals("CONFIRMED", call(referral, "status").toString());

        Object meetings = consilium.service("meeting.MeetingService");
        List<?> proposals = (List<?>) call(meetings, "proposals", today);
        Object proposal = proposals.stream().filter(p -> referralId == longOf(p, "referralId")).findFirst()
                .orElseThrow(() -> new AssertionError("the confirmed referral is proposed: " + proposals));
        Object meeting = call(meetings, "create", consilium.make("meeting.MeetingDraft",
                consilium.constant("meeting.MeetingKind", "UNPLANNED"), "", today, "14:00", "Кабинет 105", chair,
                socped));
        long meetingId = (Long) call(meeting, "id");
        Class<?> participant = consilium.type("meeting.ParticipantDraft");
        call(meetings, "addParticipant", meetingId, call(participant, "staff", psychologist));
        call(meetings, "addParticipant", meetingId, call(participant, "staff", socped));
        Object item = call(meetings, "addItem", meetingId, proposal);
        long itemId = (Long) call(item, "id");
        call(meetings, "inviteParent", itemId, consilium.make("meeting.ParentInvitationDraft", call(mother, "id"),
                null, null, today.minusDays(1)));
        item = call(meetings, "item", itemId);
        call(meetings, "recordOutcome", itemId, call(item, "version"), consilium.make("meeting.Outcome",
                "Кризисное состояние после развода родителей", "Стабилизация эмоционального состояния",
                "Снизить тревожность\nУлучшить отношения с матерью", "Поддержка бабушки, занятия в художественной студии",
                List.of("programme-open", "recommendations"), "Разработать ИПС", "Щадящий режим опроса",
                "Консультация психолога", "", psychologist, null));
        meeting = call(meetings, "get", meetingId);
        meeting = call(meetings, "recordConclusion", meetingId, call(meeting, "version"),
                "Обучающаяся нуждается в психолого-педагогическом сопровождении.");
        meeting = call(meetings, "finalise", meetingId, call(meeting, "version"));
        assertEquals("FINALISED", call(meeting, "status").toString());
        String number = (String) call(meeting, "number");
        assertEquals("DISCUSSED", call(call(referrals, "get", referralId), "status").toString());
        // a finalised protocol changes only by an amendment with a reason, which is kept and journaled
        Object finalItem = call(meetings, "item", itemId);
        try {
            call(meetings, "recordOutcome", itemId, call(finalItem, "version"), call(finalItem, "outcome"));
            throw new AssertionError("a finalised protocol was changed without an amendment");
        } catch (AssertionError refused) {
            assertTrue(String.valueOf(refused.getCause()), String.valueOf(refused.getCause())
                    .contains("consilium.error.finalised"));
        }
        meeting = call(meetings, "amendConclusion", meetingId, call(meeting, "version"),
                "Обучающаяся нуждается в психолого-педагогическом сопровождении; куратор ИПС — педагог-психолог.",
                "Уточнено по замечанию председателя");
        List<?> amendments = (List<?>) call(meetings, "amendments", meetingId);
        assertEquals(1, amendments.size());
        assertEquals("Уточнено по замечанию председателя", call(amendments.get(0), "reason"));
        AuditService audit = service(AuditService.class, null);
        assertTrue("the amendment is journaled", audit.find(new AuditQuery(null, null, null, AuditAction.UPDATE,
                "consilium.meeting", String.valueOf(meetingId)), 0, 50).stream()
                .anyMatch(r -> r.summary().equals("amendment")));
        String protocol = pdfText("consilium.protocol", meetingId);
        assertTrue(protocol, protocol.contains("Соколова Дарья Андреевна"));
        assertTrue(protocol, protocol.contains(number));

        features.uninstallFeature("opora-consilium");
        eventually("consilium views removed", () -> routes().stream().noneMatch(r -> r.startsWith("consilium/")));
        assertFalse(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-consilium)"));
        assertTrue("the core stays", hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-core)"));
        assertEquals(pupilsBefore, call(pupils, "count", allPupils));
        assertEquals("+7 (900) 123-45-67", call(((List<?>) call(call(pupils, "card", pupilId),
                "representatives")).get(0), "phone"));

        features.installFeature("opora-consilium");
        eventually("consilium views back", () -> routes().containsAll(VIEWS));
        Object again = consilium.service("meeting.MeetingService");
        Object back = call(again, "get", meetingId);
        assertEquals(number, call(back, "number"));
        assertEquals("FINALISED", call(back, "status").toString());
        List<?> cited = (List<?>) call(consilium.service("link.ConsiliumLink"), "protocolsFor", pupilId);
        assertEquals(1, cited.size());
        assertEquals(psychologist, longOf(cited.get(0), "curatorId"));
        assertEquals("DISCUSSED", call(call(consilium.service("referral.ReferralService"), "get", referralId),
                "status").toString());
    }

    private static long staff(ModuleApi core, String surname, String name, String type) throws Exception {
        Object draft = core.make("staff.StaffDraft", core.make("PersonName", surname, name, ""), "Специалист", List.of(type),
                null, "", "");
        return (Long) call(call(core.service("staff.StaffService"), "create", draft), "id");
    }

    private static long longOf(Object record, String component) {
        try {
            Object value = call(record, component);
            return value == null ? -1 : (Long) value;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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

    private Set<String> routes() {
        try {
            return vaadinRoutes();
        } catch (Exception e) {
            return Set.of();
        }
    }
}
