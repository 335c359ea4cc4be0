package org.opora.programmes.impl.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.support.testing.PrintedText.blocks;
import static org.opora.core.support.testing.PrintedText.text;
import static org.opora.programmes.impl.internal.print.PrintFixture.CURATOR;
import static org.opora.programmes.impl.internal.print.PrintFixture.PARENT;
import static org.opora.programmes.impl.internal.print.PrintFixture.PROGRAMME;
import static org.opora.programmes.impl.internal.print.PrintFixture.PUPIL;
import static org.opora.programmes.impl.internal.print.PrintFixture.RU;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.Programme;

/** The IPS as the built document: the form's header, the plan's seven columns, approval, sign-off and access. */
class ProgrammeDocumentTest {

    private static final MessagesTranslator MESSAGES = new MessagesTranslator();

    private static PrintDocument print(FakeProgrammes programmes, FakeCore core, Locale locale) {
        return form(programmes, core).build(String.valueOf(PROGRAMME), locale);
    }

    private static ProgrammeDocument form(FakeProgrammes programmes, FakeCore core) {
        return new ProgrammeDocument(programmes, programmes, programmes::approvals, core.signatories(),
                PrintFixture.lists(MESSAGES), MESSAGES, PrintFixture.CLOCK);
    }

    private static String ru(String key, Object... params) {
        return MESSAGES.translate("programmes.print." + key, RU, params);
    }

    @Test
    void theHeaderHasTheLabelsOfTheFormInItsOrder() {
        PrintDocument doc = print(PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(2)),
                new FakeCore(), RU);
        Block.Fields header = blocks(doc, Block.Fields.class).get(0);
        assertEquals(List.of("ФИО обучающегося", "Дата рождения", "Класс", "Классный руководитель",
                "ФИО родителей (законных представителей)", "Протокол консилиума (номер, дата)",
                "Основания разработки программы (проблемы обучающегося, его семьи, факторы риска развития "
                        + "кризисных состояний)",
                "Результаты диагностики", "Цель, задачи сопровождения", "Участники программы",
                "Ресурсы несовершеннолетнего, семьи", "Ожидаемые результаты",
                "Критерии оценки эффективности программы", "Срок реализации программы", "Направления помощи",
                "Категория риска", "Ответственный за реализацию программы"),
                header.rows().stream().map(Block.Field::label).toList());
        assertEquals(PUPIL, header.rows().get(0).value());
        assertEquals("04.03.2012", header.rows().get(1).value());
        assertEquals("№ 5 от 14.10.2026", header.rows().get(5).value());
        assertEquals("Цель: Overcome the crisis state\nЗадачи:\n1. Lower anxiety\n"
                + "2. Improve relations with classmates", header.rows().get(8).value(), "tasks numbered by position");
        assertEquals("Внутренние: Likes drawing\nВнешние: Grandmother, art studio", header.rows().get(10).value());
        assertEquals("с 22.10.2026 по 21.04.2027", header.rows().get(13).value());
        assertEquals("Психологическая помощь\nСоциальная помощь", header.rows().get(14).value(),
                "the directions of help by their labels");
        assertEquals("Без особого риска", header.rows().get(15).value());
        assertEquals(CURATOR, header.rows().get(16).value());
    }

    @Test
    void thePlanHasTheSevenColumnsOfTheFormAndItsRowsInOrder() {
        PrintDocument doc = print(PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(3)),
                new FakeCore(), RU);
        Block.Table plan = blocks(doc, Block.Table.class).get(0);
        assertEquals(List.of("№", "Мероприятие, форма проведения", "Участники", "Ответственный специалист",
                "Дата, период реализации", "Планируемый результат",
                "Результат, отметка об исполнении, рекомендации по дальнейшему сопровождению"),
                plan.columns().stream().map(Block.Column::header).toList());
        assertEquals(3, plan.rows().size());
        assertEquals(List.of("1", "Psychological consultation (individual talk)", "Pupil, psychologist", CURATOR,
                "26.10.2026", "Anxiety named",
                "The pupil named the sources of anxiety\nвыполнено 27.10.2026\nРекомендации: Continue weekly talks"),
                plan.rows().get(0));
        assertEquals(List.of("2", "Class hour on friendship 2 (class hour)", "Class 8A", "Petrova Maria Olegovna",
                "с 01.11.2026 по 31.03.2027", "Better relations in class 2", ""), plan.rows().get(1));
        assertEquals("3", plan.rows().get(2).get(0));
        assertTrue(text(doc).contains(ru("support.heading")));
    }

    @Test
    void aPlanNotYetWrittenPrintsTheEmptyRowsOfTheForm() {
        PrintDocument doc = print(PrintFixture.programmes(PrintFixture.draft(), List.of()), new FakeCore(), RU);
        Block.Table plan = blocks(doc, Block.Table.class).get(0);
        assertEquals(SupportPlanTable.BLANK_ROWS, plan.rows().size());
        assertTrue(plan.rows().stream().flatMap(List::stream).allMatch(String::isEmpty));
    }

    @Test
    void anApprovedProgrammeNamesWhoApprovedAndWhen() {
        PrintDocument doc = print(PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(1)),
                new FakeCore(), RU);
        Block.Approval approval = blocks(doc, Block.Approval.class).get(0);
        assertEquals(doc.blocks().get(0), approval, "the approval block heads the form");
        assertEquals(List.of("УТВЕРЖДАЮ", "Директор ________________", FakeCore.SCHOOL, "Orlova Irina Pavlovna",
                "«21» октября 2026 г."), approval.lines());
        assertEquals("Для служебного пользования", doc.restrictionMark());
        assertFalse(text(doc).contains(ru("draftMark")));
        assertTrue(text(doc).contains(
                "Индивидуальная программа сопровождения обучающегося, нуждающегося в психолого-педагогической помощи"));
    }

    @Test
    void theStampNamesThePositionOfTheSchoolsChainAndWhoApprovedOrIsToApprove() {
        FakeProgrammes programmes = PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(1));
        ChainStep deputy = new ChainStep(ChainStep.Kind.APPROVE, "deputy", "");
        ProgrammeDocument approvedByDeputy = new ProgrammeDocument(programmes, programmes,
                id -> List.of(ApprovalStep.taken(ChainStep.Kind.APPROVE, "deputy", "Заместитель директора по УВР",
                        "deputy", "Petrova Anna Sergeevna", LocalDate.of(2026, 10, 21))),
                new FakeCore().signatories(), PrintFixture.lists(MESSAGES), MESSAGES, PrintFixture.CLOCK);
        assertEquals(List.of("УТВЕРЖДАЮ", "Заместитель директора по УВР ________________", FakeCore.SCHOOL,
                "Petrova Anna Sergeevna", "«21» октября 2026 г."), blocks(approvedByDeputy.build(
                        String.valueOf(PrintFixture.PROGRAMME), RU), Block.Approval.class).get(0).lines());

        ProgrammeDocument open = new ProgrammeDocument(programmes, programmes,
                id -> List.of(ApprovalStep.open(deputy, "Заместитель директора", List.of("Petrova Anna Sergeevna"))),
                new FakeCore().signatories(), PrintFixture.lists(MESSAGES), MESSAGES, PrintFixture.CLOCK);
        assertEquals(List.of("УТВЕРЖДАЮ", "Заместитель директора ________________", FakeCore.SCHOOL,
                "Petrova Anna Sergeevna", "«___»______________20__ г."), blocks(open.build(
                        String.valueOf(PrintFixture.PROGRAMME), RU), Block.Approval.class).get(0).lines(),
                "the one holder of the approving role is printed before the approval");
    }

    @Test
    void aDraftHasTheBlankDateLineTheSchoolsDirectorAndTheDraftMark() {
        PrintDocument doc = print(PrintFixture.programmes(PrintFixture.draft(), PrintFixture.plan(1)),
                new FakeCore(), RU);
        Block.Approval approval = blocks(doc, Block.Approval.class).get(0);
        assertEquals(List.of("УТВЕРЖДАЮ", "Директор ________________", FakeCore.SCHOOL, FakeCore.DIRECTOR,
                "«___»______________20__ г."), approval.lines());
        assertTrue(blocks(doc, Block.Paragraph.class).stream().anyMatch(p -> p.text().equals("ПРОЕКТ")));
        assertEquals("Для служебного пользования", doc.restrictionMark(), "a draft is restricted all the same");
    }

    @Test
    void theDirectorComesFromTheStaffWhenTheSchoolHasNoPrintedName() {
        FakeCore core = new FakeCore();
        core.directorOnSchool = "";
        FakeProgrammes programmes = PrintFixture.programmes(PrintFixture.draft(), PrintFixture.plan(1));
        assertEquals(FakeCore.DIRECTOR, blocks(print(programmes, core, RU), Block.Approval.class).get(0).lines()
                .get(3));
        core.staffDenied = true;
        List<String> lines = blocks(print(programmes, core, RU), Block.Approval.class).get(0).lines();
        assertEquals(List.of("_________________________", "(ФИО)"), lines.subList(3, 5),
                "a director the user may not read leaves the form's line to write in");
    }

    @Test
    void theParentsTheCuratorAndTheChairSignWithDates() {
        PrintDocument doc = print(PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(1)),
                new FakeCore(), RU);
        assertTrue(text(doc).contains("С программой ознакомлен(ы), согласны принимать участие в ее реализации:"));
        List<Block.Signature> signatures = blocks(doc, Block.Signatures.class).get(0).signatures();
        assertEquals(List.of("Родители (законные представители)", "Родители (законные представители)",
                "Куратор ИПС, ответственный за реализацию программы",
                "Председатель психолого-педагогического консилиума"),
                signatures.stream().map(Block.Signature::role).toList());
        assertEquals(List.of(PARENT, "", CURATOR, FakeCore.CHAIR),
                signatures.stream().map(Block.Signature::name).toList());
        assertTrue(signatures.stream().allMatch(Block.Signature::dated));
    }

    @Test
    void aRefusingParentIsNotNamedAndAnUnreadableChairIsLeftBlank() {
        Programme refused = PrintFixture.programme(ProgrammeState.CONSENT_REFUSED,
                new Consent(false, PrintFixture.APPROVED_ON, PARENT, "Disagree"), List.of());
        FakeCore core = new FakeCore();
        core.structureDenied = true;
        List<Block.Signature> signatures = blocks(print(PrintFixture.programmes(refused, PrintFixture.plan(1)),
                core, RU), Block.Signatures.class).get(0).signatures();
        assertEquals("", signatures.get(0).name());
        assertEquals("", signatures.get(3).name());
    }

    @Test
    void aChairWhoseMembershipEndedIsNotTheChair() {
        FakeCore core = new FakeCore();
        core.consilium.set(1, new BodyMember(2, "consilium", 2, FakeCore.CHAIR, "chair",
                LocalDate.of(2020, 9, 1), LocalDate.of(2026, 8, 31), null, "", null));
        List<Block.Signature> signatures = blocks(print(PrintFixture.programmes(PrintFixture.approved(),
                PrintFixture.plan(1)), core, RU), Block.Signatures.class).get(0).signatures();
        assertEquals("", signatures.get(3).name());
    }

    @Test
    void theParentsProposalsOnTheDraftArePrintedAboveTheirSignatures() {
        Programme p = PrintFixture.approved();
        assertFalse(text(print(PrintFixture.programmes(p, PrintFixture.plan(1)), new FakeCore(), RU))
                .contains("Предложения родителей"), "none recorded, none printed");
        List<Step> steps = new java.util.ArrayList<>(p.steps());
        steps.add(0, new Step(ProgrammeState.DISCUSSED_WITH_PARENTS.name(), PrintFixture.APPROVED_ON, "volkova",
                "Volkova", java.time.Instant.parse("2026-10-01T10:00:00Z"), "Занятия с психологом после уроков", "",
                null));
        Programme discussed = new Programme(p.id(), p.revision(), p.previousId(), p.pupilId(), p.pupilName(),
                p.birthDate(), p.className(), p.classTeacher(), p.parents(), p.protocol(), p.grounds(),
                p.diagnostics(), p.goal(), p.tasks(), p.participants(), p.internalResources(), p.externalResources(),
                p.expectedResults(), p.criteria(), p.start(), p.end(), p.directions(), p.riskCategory(),
                p.curatorId(), p.curatorName(), p.state(), p.consent(), steps, p.version());
        String text = text(print(PrintFixture.programmes(discussed, PrintFixture.plan(1)), new FakeCore(), RU));
        assertTrue(text.contains("Предложения родителей (законных представителей) по проекту программы: Занятия с "
                + "психологом после уроков"), text);
    }

    @Test
    void aLaterRevisionSaysSo() {
        Programme p = PrintFixture.approved();
        Programme second = new Programme(p.id(), 2, 11L, p.pupilId(), p.pupilName(), p.birthDate(), p.className(),
                p.classTeacher(), p.parents(), p.protocol(), p.grounds(), p.diagnostics(), p.goal(), p.tasks(),
                p.participants(), p.internalResources(), p.externalResources(), p.expectedResults(), p.criteria(),
                p.start(), p.end(), p.directions(), p.riskCategory(), p.curatorId(), p.curatorName(), p.state(),
                p.consent(), p.steps(), p.version());
        assertTrue(text(print(PrintFixture.programmes(second, List.of()), new FakeCore(), RU))
                .contains(ru("revision", "2")));
    }

    @Test
    void everyTextIsTranslatedInBothLanguages() {
        for (Programme p : List.of(PrintFixture.approved(), PrintFixture.draft())) {
            for (Locale locale : new Locale[] {RU, Locale.ENGLISH}) {
                String text = text(print(PrintFixture.programmes(p, PrintFixture.plan(2)), new FakeCore(), locale));
                assertFalse(text.contains("programmes.print."), text);
            }
        }
        PrintDocument en = print(PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(1)),
                new FakeCore(), Locale.ENGLISH);
        assertEquals("For official use only", en.restrictionMark());
        assertTrue(text(en).contains("“21” October 2026"), text(en));
        assertTrue(text(en).contains("done on 27.10.2026"));
    }

    @Test
    void aUserWhoMayOnlyKnowTheProgrammeExistsGetsTheServicesRefusal() {
        FakeProgrammes programmes = PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(1));
        programmes.existenceOnly.add(PROGRAMME);
        assertThrows(AccessDeniedException.class, () -> print(programmes, new FakeCore(), RU));
    }

    @Test
    void theReadGoesThroughTheServiceThatAuditsIt() {
        FakeProgrammes programmes = PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(1));
        print(programmes, new FakeCore(), RU);
        assertTrue(programmes.reads.contains(PROGRAMME));
    }

    @Test
    void anUnknownOrMalformedIdIsNoSuchRecord() {
        ProgrammeDocument form = form(PrintFixture.programmes(PrintFixture.approved(), List.<PlanRow>of()),
                new FakeCore());
        assertThrows(IllegalArgumentException.class, () -> form.build("13", RU));
        assertThrows(IllegalArgumentException.class, () -> form.build("twelve", RU));
        assertThrows(IllegalArgumentException.class, () -> form.build("0", RU));
        assertThrows(IllegalArgumentException.class, () -> form.build(null, RU));
        assertEquals("programmes.programme", form.id());
        assertEquals("programmes.access", form.requiredPermission());
        assertTrue(MESSAGES.knows(form.titleKey()));
    }
}
