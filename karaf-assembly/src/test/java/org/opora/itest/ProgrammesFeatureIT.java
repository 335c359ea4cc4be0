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
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * opora-programmes in a school without the consilium, then with it: a programme for a pupil at high suicide risk is
 * refused a 3-month duration with the 6-month clause, drafted with 6 months, its parents consent, the director
 * approves and it starts; once the consilium is installed, the programme is proposed for review, the protocol cites
 * it and the review decision closes it; the finalised protocol is then offered to cite, and a new programme cites
 * it. Uninstalling the programmes leaves the consilium and keeps the programmes' data for when they are installed
 * again. Services are called reflectively ({@link ModuleApi}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProgrammesFeatureIT extends PlatformTestSupport {

    private static final String BOOT_WITHOUT_CONSILIUM = "framework, wrap, shell, feature, jaas, ssh, bundle, config,"
            + " deployer, diagnostic, instance, log, package, service, system, scr, opora-platform, opora-core,"
            + " opora-programmes";

    @Configuration
    public Option[] config() throws IOException {
        File database = freshDatabase("itest-programmes-db");
        return platform(database, editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                BOOT_WITHOUT_CONSILIUM));
    }

    @Test
    public void aProgrammeWithoutAndWithTheConsilium() throws Exception {
        FeaturesService features = service(FeaturesService.class, null);
        assertFalse(features.isInstalled(features.getFeature("opora-consilium")));
        eventually("programme views", () -> routes().contains("programmes"));
        ModuleApi core = new ModuleApi(context, "org.opora.core.api", TIMEOUT);
        ModuleApi programmes = new ModuleApi(context, "org.opora.programmes.api", TIMEOUT);

        long curator = (Long) call(call(core.service("staff.StaffService"), "create", core.make("staff.StaffDraft",
                core.make("PersonName", "Волкова", "Анна", "Игоревна"), "Педагог-психолог", List.of("psychologist"),
                null, "", "")), "id");
        Object year = call(call(core.service("SchoolService"), "school"), "currentYear");
        Object klass = call(core.service("pupil.ClassService"), "create", year, core.make("pupil.ClassDraft", 9, "А",
                null));
        Object pupils = core.service("pupil.PupilService");
        long pupilId = (Long) call(call(pupils, "create", core.make("pupil.PupilDraft",
                core.make("PersonName", "Григорьев", "Павел", "Олегович"), LocalDate.now().minusYears(15),
                core.constant("Sex", "MALE"), call(klass, "id"))), "id");
        call(pupils, "addRepresentative", pupilId, core.make("pupil.RepresentativeDraft", "Григорьева Анна Петровна",
                "mother", "+7 (900) 765-43-21", ""));

        Object service = programmes.service("programme.ProgrammeService");
        LocalDate start = LocalDate.now();
        Object draft = draft(programmes, pupilId, null, start, start.plusMonths(3).minusDays(1), curator);
        try {
            call(service, "create", draft);
            throw new AssertionError("a 3-month programme at high suicide risk was accepted");
        } catch (AssertionError refused) {
            assertTrue(String.valueOf(refused.getCause()), String.valueOf(refused.getCause()).contains("programmes."));
        }
        Object programme = call(service, "create", draft(programmes, pupilId, null, start,
                start.plusMonths(6).minusDays(1), curator));
        long id = (Long) call(programme, "id");
        long taskId = (Long) call(((List<?>) call(programme, "tasks")).get(0), "id");
        call(service, "addRow", id, programmes.make("programme.PlanRowDraft", "Консультация педагога-психолога",
                "индивидуальная беседа", taskId, "pupil", "обучающийся", curator, start.plusDays(7), null,
                "снижение тревожности", "psychological"));
        programme = call(service, "discussedWithParents", id, call(programme, "version"), start);
        programme = call(service, "recordConsent", id, call(programme, "version"), programmes.make(
                "programme.Consent", true, start, "Григорьева Анна Петровна", ""));
        programme = call(service, "approve", id, call(programme, "version"), start);
        programme = call(service, "start", id, call(programme, "version"), start);
        assertEquals("IN_PROGRESS", call(programme, "state").toString());

        features.installFeature("opora-consilium");
        eventually("consilium views", () -> routes().contains("consilium/meetings"));
        ModuleApi consilium = new ModuleApi(context, "org.opora.consilium.api", TIMEOUT);
        Object again = programmes.service("programme.ProgrammeService");
        programme = call(again, "toReview", id, call(call(again, "get", id), "version"), LocalDate.now());
        Object meetings = consilium.service("meeting.MeetingService");
        Object proposal = ((List<?>) call(meetings, "proposals", LocalDate.now())).stream()
                .filter(p -> ("programme:" + id).equals(call0(p, "sourceRef"))).findFirst()
                .orElseThrow(() -> new AssertionError("the programme under review is proposed for the agenda"));
        long staffSecretary = (Long) call(call(core.service("staff.StaffService"), "create", core.make(
                "staff.StaffDraft", core.make("PersonName", "Белов", "Сергей", "Николаевич"), "Социальный педагог",
                List.of("social-pedagogue"), null, "", "")), "id");
        Object meeting = call(meetings, "create", consilium.make("meeting.MeetingDraft",
                consilium.constant("meeting.MeetingKind", "PLANNED"), "planned-diagnostics", LocalDate.now(), "",
                "Кабинет 214", curator, staffSecretary));
        long meetingId = (Long) call(meeting, "id");
        Object item = call(meetings, "addItem", meetingId, proposal);
        long itemId = (Long) call(item, "id");
        call(meetings, "inviteParent", itemId, consilium.make("meeting.ParentInvitationDraft", null,
                "Григорьева Анна Петровна", "mother", LocalDate.now()));
        for (long participant : new long[] {curator, staffSecretary}) {
            call(meetings, "addParticipant", meetingId, call(consilium.type("meeting.ParticipantDraft"), "staff",
                    participant));
        }
        item = call(meetings, "item", itemId);
        call(meetings, "recordOutcome", itemId, call(item, "version"), consilium.make("meeting.Outcome",
                "Состояние стабилизировалось", "", "", "", List.of("programme-close"), "Завершить сопровождение",
                "", "", "", null, null));
        meeting = call(meetings, "recordConclusion", meetingId, call(call(meetings, "get", meetingId), "version"),
                "Цели программы достигнуты.");
        call(meetings, "finalise", meetingId, call(meeting, "version"));
        eventually("the review decision closed the programme",
                () -> "CLOSED".equals(String.valueOf(call0(call0(again, "get", id), "state"))));

        List<?> offered = (List<?>) call(programmes.service("programme.ProtocolSource"), "protocolsFor", pupilId,
                Locale.forLanguageTag("ru"));
        Object citation = offered.stream().map(p -> call0(p, "citation"))
                .filter(c -> Long.valueOf(itemId).equals(call0(c, "itemId"))).findFirst()
                .orElseThrow(() -> new AssertionError("the finalised protocol is offered to cite: " + offered));
        Object next = call(again, "create", draft(programmes, pupilId, citation, start.plusMonths(1),
                start.plusMonths(7), curator));
        assertEquals(itemId, call(call(next, "protocol"), "itemId"));
        assertEquals(call(call(meetings, "get", meetingId), "number"), call(call(next, "protocol"), "number"));
        long nextId = (Long) call(next, "id");

        features.uninstallFeature("opora-programmes");
        eventually("programme views removed", () -> routes().stream().noneMatch(r -> r.startsWith("programmes")));
        assertFalse(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-programmes)"));
        assertTrue("the consilium stays", routes().contains("consilium/meetings"));
        assertEquals(1, ((List<?>) call(consilium.service("link.ConsiliumLink"), "protocolsFor", pupilId)).size());

        features.installFeature("opora-programmes");
        eventually("programme views back", () -> routes().contains("programmes"));
        Object back = programmes.service("programme.ProgrammeService");
        assertEquals("CLOSED", call(call(back, "get", id), "state").toString());
        assertEquals(itemId, call(call(call(back, "get", nextId), "protocol"), "itemId"));
        assertEquals("the link to the consilium is back and offers the protocol", 1,
                ((List<?>) call(programmes.service("programme.ProtocolSource"), "protocolsFor", pupilId,
                        Locale.forLanguageTag("ru"))).size());
    }

    private static Object draft(ModuleApi api, long pupilId, Object protocol, LocalDate start, LocalDate end,
            long curator) throws Exception {
        return api.make("programme.ProgrammeDraft", pupilId, protocol,
                "Суицидальные высказывания, конфликт с родителями", "Высокий уровень тревожности",
                "Преодоление кризисного состояния", List.of(api.make("programme.Task", 0L, 1,
                        "Снизить тревожность")), "классный руководитель, педагог-психолог, родители",
                "Увлечение музыкой", "Поддержка бабушки", "Стабилизация эмоционального состояния",
                "Оценка состояния обучающимся, родителями, классным руководителем", start, end,
                List.of("psychological"), "high-suicide-risk", curator);
    }

    private static Object call0(Object target, String name, Object... args) {
        try {
            return call(target, name, args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> routes() {
        try {
            return vaadinRoutes();
        } catch (Exception e) {
            return Set.of();
        }
    }
}
