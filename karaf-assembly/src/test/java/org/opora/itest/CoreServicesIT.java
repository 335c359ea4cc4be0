package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.api.exchange.ExchangeService;
import org.opora.core.api.exchange.ImportKind;
import org.opora.core.api.exchange.ImportPreview;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.ReportSection;
import org.opora.core.api.report.ServiceReport;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintableDocument;
import org.ops4j.pax.exam.Configuration;
import org.osgi.framework.ServiceReference;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The core's services against the real database with the demo school: every query a view runs, the rules the
 * services enforce, import and export, the document register.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreServicesIT extends PlatformTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Configuration
    public Option[] config() throws java.io.IOException {
        return platform(freshDatabase("itest-core-services-db"),
                editConfigurationFilePut("etc/custom.system.properties", "opora.modules", "opora-core,opora-demo"));
    }

    /** The core creates the demo school in the background after start. */
    @org.junit.Before
    public void demoSchoolLoaded() throws Exception {
        PupilService pupils = service(PupilService.class, null);
        eventually("demo school loaded", () -> pupils.count(PupilQuery.all()) > 500);
    }

    @Test
    public void theDemoSchoolIsComplete() throws Exception {
        PupilService pupils = service(PupilService.class, null);
        int all = pupils.count(PupilQuery.all());
        assertTrue(all + " pupils", all >= 550 && all <= 650);
        ClassService classes = service(ClassService.class, null);
        SchoolService school = service(SchoolService.class, null);
        assertEquals(25, classes.classes(school.school().currentYear()).size());
        StaffService staff = service(StaffService.class, null);
        assertTrue(staff.count(StaffQuery.all()) >= 55);
        ReferenceLists lists = service(ReferenceLists.class, null);
        for (ListItem type : lists.items(ReferenceList.SPECIALIST_TYPES, Locale.forLanguageTag("ru"))) {
            assertFalse("no staff of type " + type.code(), staff.ofType(type.code()).isEmpty());
        }
        assertEquals("Морозова Ольга Дмитриевна", staff.byUsername("teacher").orElseThrow().name().full());
        assertTrue(pupils.count(new PupilQuery("", null, "ovz", false)) > 0);
        assertTrue(pupils.count(new PupilQuery("", null, "", true)) >= 0);
        assertFalse(school.school().name().isEmpty());
    }

    @Test
    public void structureOrdersDocumentsAndAgencies() throws Exception {
        StructureService structure = service(StructureService.class, null);
        assertEquals("Орлова Марина Сергеевна",
                structure.headOfService(LocalDate.now()).orElseThrow().staffName());
        List<BodyMember> consilium = structure.members("consilium", LocalDate.now());
        assertEquals("chair", consilium.get(0).role());
        assertEquals(List.of("Белов Сергей Николаевич"), consilium.stream().filter(m -> m.role().equals("secretary"))
                .map(BodyMember::staffName).toList());
        assertTrue("the demo teacher is not a member: the consilium invites her",
                consilium.stream().noneMatch(m -> m.staffName().equals("Морозова Ольга Дмитриевна")));
        OrderService orders = service(OrderService.class, null);
        assertTrue(orders.count("") > 0);
        assertEquals(orders.count(""), orders.find("", 0, 100).size());

        DocumentRegister documents = service(DocumentRegister.class, null);
        assertTrue(documents.count(DocumentQuery.all()) > 0);
        DocumentRecord added = documents.add(new DocumentDraft("schedule", "График работы логопеда", null,
                service(SchoolService.class, null).school().currentYear()),
                new Attachment("grafik.txt", "application/octet-stream", "Пн 9-12".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain", added.contentType());
        assertEquals("Пн 9-12", new String(documents.file(added.id()).content(), StandardCharsets.UTF_8));
        assertThrows(ValidationException.class, () -> documents.add(new DocumentDraft("schedule", "x", null,
                added.year()), new Attachment("x.pdf", "application/pdf", "not a pdf".getBytes())));
        DocumentRecord approved = documents.approve(added.id(), added.version(), "Директор", LocalDate.now());
        assertThrows(ConflictException.class, () -> documents.approve(added.id(), added.version(), "Директор",
                LocalDate.now()));
        assertTrue(approved.approved());

        AgencyService agencies = service(AgencyService.class, null);
        assertFalse(agencies.agencies("", false).isEmpty());
        assertFalse(agencies.agencies("kdn", true).isEmpty());
        assertTrue(agencies.countInteractions(null, null) > 0);
        assertFalse(agencies.openNextSteps("socped").isEmpty() && agencies.openNextSteps("psychologist").isEmpty());
    }

    /**
     * The annual report (000 §5.1.2) of the demo school: only the core is installed, so only its sections — its own
     * and the analysis per direction of its interactions and documents, every configured direction listed.
     */
    @Test
    public void theAnnualReportCountsTheDemoSchool() throws Exception {
        ServiceReport report = service(ServiceReport.class, null);
        AcademicYear year = service(SchoolService.class, null).school().currentYear();
        assertEquals(year, report.years().get(0));
        List<ReportSection> sections = report.sections(year, RU);
        assertEquals(List.of("core", "core-directions"), sections.stream().map(ReportSection::id).toList());
        ReportSection directions = sections.get(1);
        assertEquals("seven directions and the total: " + directions.figures(), 8, directions.figures().size());
        assertTrue(directions.figures().toString(), figure(directions, "Всего мероприятий за год") > 0);
        assertEquals(figure(directions, "Всего мероприятий за год"), sum(directions, 0), 0.001);
        ReportSection core = sections.get(0);
        assertTrue(core.figures().toString(), figure(core, "Обучающихся со статусами сопровождения в году") > 0);
        assertTrue(figure(core, "Обучающихся со статусами сопровождения в году")
                >= figure(core, "Обучающихся, получивших статус в году"));
        assertEquals(figure(core, "Взаимодействий с внешними организациями"), sum(core, 1), 0.001);
        assertEquals(figure(core, "Документов Службы за год"), sum(core, 2), 0.001);
        assertEquals(12, core.charts().get(1).points().size());

        PrintableDocument form = null;
        for (ServiceReference<PrintableDocument> ref : context.getServiceReferences(PrintableDocument.class, null)) {
            if (ServiceReport.PRINT_ID.equals(context.getService(ref).id())) {
                form = context.getService(ref);
            }
        }
        assertNotNull("the printed report is contributed", form);
        byte[] pdf = service(DocumentService.class, null).render(form.build(Integer.toString(year.startYear()), RU));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of("Отчёт о работе Службы индивидуального сопровождения", year.label(),
                    service(SchoolService.class, null).school().name(),
                    "Обучающиеся, документы и взаимодействие с организациями",
                    "Обучающихся со статусами сопровождения в году")) {
                assertTrue("missing «" + expected + "»", text.contains(expected));
            }
        }
    }

    private static double figure(ReportSection section, String label) {
        return section.figures().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure «" + label + "» in " + section.figures())).value();
    }

    private static double sum(ReportSection section, int chart) {
        return section.charts().get(chart).points().stream().mapToDouble(ChartPoint::value).sum();
    }

    @Test
    public void pupilsCanBeSearchedEditedArchivedAndRestored() throws Exception {
        PupilService pupils = service(PupilService.class, null);
        Pupil first = pupils.find(PupilQuery.all(), 0, 1).get(0);
        List<Pupil> found = pupils.find(PupilQuery.byName(first.name().name() + " " + first.name().surname()),
                0, 50);
        assertTrue(found.stream().anyMatch(p -> p.id() == first.id()));
        PupilCard card = pupils.card(first.id());
        AuditService audit = service(AuditService.class, null);
        assertTrue("reading the card is journaled", audit.count(new AuditQuery(null, null, null, AuditAction.READ,
                "pupil", String.valueOf(first.id()))) > 0);
        assertThrows(ValidationException.class, () -> pupils.addRepresentative(first.id(),
                new RepresentativeDraft("Иванова Анна", "aunt-in-law", "", "")));
        assertThrows(ValidationException.class, () -> pupils.addRepresentative(first.id(),
                new RepresentativeDraft("Иванова Анна", "mother", "call me", "")));
        int reps = card.representatives().size();
        pupils.addRepresentative(first.id(), new RepresentativeDraft("Иванова Анна Петровна", "grandmother",
                "8 900 000-00-00", ""));
        assertEquals(reps + 1, pupils.card(first.id()).representatives().size());

        pupils.archive(first.id(), LocalDate.now(), "Переезд в другой город");
        assertTrue(pupils.get(first.id()).archived());
        assertTrue(pupils.find(new PupilQuery("", null, "", true), 0, 1000).stream()
                .anyMatch(p -> p.id() == first.id()));
        assertFalse(pupils.canEdit(first.id()));
        pupils.restore(first.id(), first.classId());
        assertEquals(first.className(), pupils.get(first.id()).className());
    }

    @Test
    public void importAndExport() throws Exception {
        ExchangeService exchange = service(ExchangeService.class, null);
        byte[] file = String.join("\n", "Фамилия,Имя,Отчество,Дата рождения,Пол,Класс,Представитель,Степень родства",
                "Новикова,Ева,Сергеевна,2016-03-04,ж,4Г,Новикова Ирина Олеговна,мать").getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = exchange.preview(ImportKind.PUPILS, "new.csv", file);
        assertTrue(preview.issues().toString(), preview.acceptable());
        assertEquals(1, preview.notes().size()); // class 4Г will be created
        assertEquals(1, exchange.importFile(ImportKind.PUPILS, "new.csv", file));
        assertFalse(exchange.preview(ImportKind.PUPILS, "new.csv", file).acceptable()); // now a duplicate
        PupilService pupils = service(PupilService.class, null);
        Pupil eva = pupils.find(PupilQuery.byName("Новикова Ева"), 0, 5).get(0);
        assertEquals("4Г", eva.className());
        assertEquals("mother", pupils.card(eva.id()).representatives().get(0).relation());

        byte[] xlsx = exchange.exportPupils(PupilQuery.all(), Locale.forLanguageTag("ru"));
        assertNotNull(xlsx);
        assertTrue(xlsx.length > 10_000);
        ImportPreview back = exchange.preview(ImportKind.PUPILS, "export.xlsx", xlsx);
        assertEquals(pupils.count(PupilQuery.all()), back.rows().size());
        assertFalse("every exported pupil is already there", back.acceptable());
    }

    /**
     * 000 §6.1: the materials of an examination about a pupil are the examiner's (and the people named for
     * confidential documents), not every specialist's; a document past its retention period is destroyed by an act
     * that is journaled and leaves no file.
     */
    @Test
    public void examinationMaterialsAreTheExaminersAndExpiredDocumentsAreDestroyedByAnAct() throws Exception {
        DocumentRegister documents = service(DocumentRegister.class, null);
        StaffMember examiner = service(StaffService.class, null).byUsername("psychologist").orElseThrow();
        long pupilId = service(PupilService.class, null).find(PupilQuery.all(), 0, 1).get(0).id();
        Set<String> specialist = Set.of(CorePermissions.DOCUMENT_READ, CorePermissions.DOCUMENT_EDIT);
        OporaUser psychologist = new OporaUser("psychologist", "Психолог", Set.of(), specialist, RU);
        OporaUser socped = new OporaUser("socped", "Социальный педагог", Set.of(), specialist, RU);
        OporaUser head = new OporaUser("head", "Руководитель Службы", Set.of(), Set.of(CorePermissions.DOCUMENT_READ,
                CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_CONFIDENTIAL,
                CorePermissions.DOCUMENT_DESTROY), RU);
        AcademicYear year = service(SchoolService.class, null).school().currentYear();
        DocumentRecord exam = ModuleGuard.actingAs(psychologist, () -> documents.add(new DocumentDraft("examination",
                "Результаты обследования", examiner.id(), year, pupilId), text("Заключение")));

        assertEquals("Заключение", new String(ModuleGuard.actingAs(psychologist, () -> documents.file(exam.id()))
                .content(), StandardCharsets.UTF_8));
        assertThrows(AccessDeniedException.class, () -> ModuleGuard.actingAs(socped, () -> documents.get(exam.id())));
        assertThrows(AccessDeniedException.class, () -> ModuleGuard.actingAs(socped, () -> documents.file(exam.id())));
        assertTrue("the other specialist does not find it", ModuleGuard.actingAs(socped,
                () -> documents.find(DocumentQuery.aboutPupil(pupilId), 0, 100)).stream()
                .noneMatch(d -> d.id() == exam.id()));
        AuditService audit = service(AuditService.class, null);
        assertTrue("the refusal is journaled", audit.count(new AuditQuery(null, null, "socped", AuditAction.REFUSED,
                "document", String.valueOf(exam.id()))) > 0);
        assertEquals(exam.id(), ModuleGuard.actingAs(head, () -> documents.get(exam.id())).id());

        DocumentRecord old = documents.add(new DocumentDraft("annual-plan", "План работы Службы на 2015/2016 год",
                null, new AcademicYear(2015)), text("План"));
        DocumentRecord archived = documents.archive(old.id(), old.version(), true);
        assertTrue(ModuleGuard.actingAs(head, documents::dueForDestruction).stream().anyMatch(d -> d.id() == old.id()));
        assertThrows(AccessDeniedException.class, () -> ModuleGuard.actingAs(socped, documents::dueForDestruction));
        DestructionAct act = ModuleGuard.actingAs(head, () -> documents.destroy(new DestructionDraft("3-У",
                LocalDate.now(), "Смирнова Е. В., Орлова М. С., Белов С. Н.", List.of(archived.id()))));
        assertEquals(1, audit.count(new AuditQuery(null, null, "head", AuditAction.DELETE,
                "document-destruction-act", String.valueOf(act.id()))));
        assertTrue(documents.get(old.id()).destroyed());
        assertThrows(ValidationException.class, () -> documents.file(old.id()));
        try (Connection c = service(DataSource.class, "(dataSourceName=opora)").getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select count(*) from OPORACORE.DOCUMENT_FILE where DOCUMENT_ID = ?")) {
            q.setLong(1, old.id());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertEquals("the file is gone from the database", 0, r.getInt(1));
            }
        }
    }

    private static Attachment text(String content) {
        return new Attachment("doc.txt", "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }
}
