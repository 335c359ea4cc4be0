package org.opora.programmes.impl.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.support.testing.PrintedText.blocks;
import static org.opora.core.support.testing.PrintedText.text;
import static org.opora.programmes.impl.internal.print.PrintFixture.PARENT;
import static org.opora.programmes.impl.internal.print.PrintFixture.PUPIL;
import static org.opora.programmes.impl.internal.print.PrintFixture.RU;
import static org.opora.programmes.impl.internal.print.PrintFixture.step;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.print.testing.RenderedPdf;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.PlanChoice;

/** The individual plan of regulation 001: choices, the weekly hours, agreement, approval and access. */
class IndividualPlanDocumentTest {

    private static final MessagesTranslator MESSAGES = new MessagesTranslator();
    private static final long PLAN = 31;
    private static final String COORDINATOR = "Orlova Irina Pavlovna";

    private static IndividualPlan plan(ProgrammeState state, Step agreement, List<Step> steps) {
        return new IndividualPlan(PLAN, 101, PUPIL, "8A", 8, "ovz",
                step("INFORMED", LocalDate.of(2026, 9, 3), PARENT),
                List.of(new PlanChoice(1, "lesson", "Russian language, extra lesson", 2, "Teacher Petrova"),
                        new PlanChoice(2, "activity", "Speech therapy", 1, ""),
                        new PlanChoice(3, "form-of-work", "Tutoring in class", 0, null)),
                29, LocalDate.of(2026, 9, 15), LocalDate.of(2027, 5, 31), 7L, COORDINATOR, agreement,
                LocalDate.of(2026, 9, 30), 45L, "45-od", state, steps, 4,
                new org.opora.programmes.api.plan.Acquaintance(LocalDate.of(2026, 9, 5), PARENT, true, true, true,
                        "Volkova A. P."), 46L, "3-k", LocalDate.of(2026, 8, 28));
    }

    private static IndividualPlan approved() {
        return plan(ProgrammeState.APPROVED, step("AGREED", LocalDate.of(2026, 9, 20), COORDINATOR),
                List.of(step(ProgrammeState.CONSENT_GIVEN.name(), LocalDate.of(2026, 9, 12), PARENT),
                        step(ProgrammeState.APPROVED.name(), LocalDate.of(2026, 9, 25), "")));
    }

    private static PrintDocument print(IndividualPlan plan, Locale locale) {
        return form(plan).build(String.valueOf(PLAN), locale);
    }

    private static IndividualPlanDocument form(IndividualPlan plan) {
        FakePlans plans = new FakePlans();
        plans.plans.put(plan.id(), plan);
        return new IndividualPlanDocument(plans, new FakeCore().signatories(), MESSAGES);
    }

    @Test
    void theConsultationsWithTheirDirectionAndTheClosingWithTheAnalysisArePrinted() {
        IndividualPlan closed = plan(ProgrammeState.CLOSED, step("AGREED", LocalDate.of(2026, 9, 20), COORDINATOR),
                List.of(step(ProgrammeState.CONSENT_GIVEN.name(), LocalDate.of(2026, 9, 12), PARENT),
                        step(ProgrammeState.APPROVED.name(), LocalDate.of(2026, 9, 25), ""),
                        step(ProgrammeState.IN_PROGRESS.name(), LocalDate.of(2026, 9, 26), COORDINATOR),
                        new Step(IndividualPlan.RESULTS, LocalDate.of(2027, 5, 20), "orlova", COORDINATOR,
                                java.time.Instant.now(), "Reads fluently", "", null),
                        new Step(ProgrammeState.CLOSED.name(), LocalDate.of(2027, 5, 31), "orlova", COORDINATOR,
                                java.time.Instant.now(), "All aims reached", "", null)));
        FakePlans plans = new FakePlans();
        plans.plans.put(PLAN, closed);
        plans.consultations.put(PLAN, List.of(new org.opora.programmes.api.plan.Consultation(1,
                LocalDate.of(2026, 9, 10), 9, "Ivanova Olga", PARENT, "Speech therapy explained", "counselling",
                "Volkova A. P.")));
        PrintDocument doc = new IndividualPlanDocument(plans, new FakeCore().signatories(), MESSAGES,
                (code, locale) -> "counselling".equals(code) ? "Консультирование (школа)" : code)
                .build(String.valueOf(PLAN), RU);
        String text = text(doc);
        assertTrue(text.contains("Консультации со специалистами (п. 4.6)"), text);
        Block.Table consultations = blocks(doc, Block.Table.class).get(1);
        assertEquals(List.of("10.09.2026", "Ivanova Olga", PARENT, "Speech therapy explained",
                "Консультирование (школа)"), consultations.rows().get(0), "the direction by the school's title");
        assertTrue(text.contains("Реализация плана (п. 8.3.2)"), text);
        assertTrue(text.contains("Реализация начата: 26.09.2026, " + COORDINATOR), text);
        assertTrue(text.contains("Результаты реализации: Reads fluently"), text);
        assertTrue(text.contains("Анализ работы координатора: All aims reached"), text);
        assertTrue(text.contains("План закрыт: 31.05.2027, " + COORDINATOR), text);
        assertFalse(text(print(approved(), RU)).contains("п. 8.3.2"), "not before the start");
    }

    @Test
    void theWeeklyHoursAreTheCurriculumPlusTheChoices() {
        PrintDocument doc = print(approved(), RU);
        Block.Fields hours = blocks(doc, Block.Fields.class).get(1);
        assertEquals(List.of("29", "3", "29 + 3 = 32"), hours.rows().stream().map(Block.Field::value).toList());
        assertEquals("Недельная нагрузка, всего часов", hours.rows().get(2).label());
    }

    @Test
    void theChoicesAreListedWithTheirKindAndHours() {
        PrintDocument doc = print(approved(), RU);
        Block.Table choices = blocks(doc, Block.Table.class).get(0);
        assertEquals(List.of("№", "Вид (урок, занятие, форма работы)", "Наименование", "Часов в неделю",
                "Примечание"), choices.columns().stream().map(Block.Column::header).toList());
        assertEquals(List.of("1", "Урок", "Russian language, extra lesson", "2", "Teacher Petrova"),
                choices.rows().get(0), "a kind is printed with its label");
        assertEquals("—", choices.rows().get(2).get(3), "a form of work without hours");
    }

    @Test
    void kindsAndTheBasisTakeTheirLabelsFromTheCatalogue() {
        Map<String, String> labels = Map.of("programmes.list.choice.lesson", "Lesson label",
                "core.list.pupil-flags.ovz", "OVZ label");
        Translator catalogue = (key, locale, params) -> labels.containsKey(key) ? labels.get(key)
                : MESSAGES.translate(key, locale, params);
        FakePlans plans = new FakePlans();
        plans.plans.put(PLAN, approved());
        PrintDocument doc = new IndividualPlanDocument(plans, new FakeCore().signatories(), catalogue)
                .build(String.valueOf(PLAN), RU);
        assertEquals("Lesson label", blocks(doc, Block.Table.class).get(0).rows().get(0).get(1));
        assertTrue(text(doc).contains("Основание (статус обучающегося): OVZ label"), text(doc));
    }

    @Test
    void theHeaderTheDeadlineAndTheAgreement() {
        PrintDocument doc = print(approved(), RU);
        String text = text(doc);
        assertEquals("Для служебного пользования", doc.restrictionMark());
        assertTrue(text.contains("Индивидуальный план сопровождения обучающегося"));
        assertTrue(text.contains("ФИО обучающегося: " + PUPIL));
        assertTrue(text.contains("Класс: 8A"));
        assertTrue(text.contains("возможности сопровождения по индивидуальному плану: 03.09.2026"), text);
        assertTrue(text.contains("Срок утверждения: 30.09.2026 (приказ № 45-od)"), text);
        assertTrue(text.contains(COORDINATOR + " (назначен приказом № 3-k от 28.08.2026)"), text);
        assertTrue(text.contains("Родители ознакомлены (п. 4.3): 05.09.2026, " + PARENT
                + ": с основной образовательной программой; с предлагаемым учебным планом; с порядком составления"
                + " индивидуального плана и условиями его реализации"), text);
        assertTrue(text.contains("СОГЛАСОВАНО"));
        assertTrue(text.contains("____________ " + COORDINATOR + "\n«20» сентября 2026 г."), text);
        assertFalse(text.contains("ПРОЕКТ"));
    }

    @Test
    void theDirectorApprovesAndEveryoneSigns() {
        PrintDocument doc = print(approved(), RU);
        assertEquals(List.of("УТВЕРЖДАЮ", "Директор ________________", FakeCore.SCHOOL, FakeCore.DIRECTOR,
                "«25» сентября 2026 г."), blocks(doc, Block.Approval.class).get(0).lines());
        List<Block.Signature> signatures = blocks(doc, Block.Signatures.class).get(0).signatures();
        assertEquals(List.of(PARENT, "", COORDINATOR, FakeCore.DIRECTOR),
                signatures.stream().map(Block.Signature::name).toList());
        assertTrue(signatures.stream().allMatch(Block.Signature::dated));
    }

    @Test
    void aPlanNotAgreedNorApprovedLeavesTheLinesToFillIn() {
        PrintDocument doc = print(plan(ProgrammeState.DISCUSSED_WITH_PARENTS, null, List.of()), RU);
        String text = text(doc);
        assertTrue(text.contains("ПРОЕКТ"));
        assertTrue(text.contains("____________ " + COORDINATOR + "\n«___»______________20__ г."), text);
        assertEquals("«___»______________20__ г.", blocks(doc, Block.Approval.class).get(0).lines().get(4));
        assertEquals("", blocks(doc, Block.Signatures.class).get(0).signatures().get(0).name());
    }

    @Test
    void everyTextIsTranslatedInBothLanguagesAndRenders() throws IOException {
        for (Locale locale : new Locale[] {RU, Locale.ENGLISH}) {
            String text = text(print(approved(), locale));
            assertFalse(text.contains("programmes.print."), text);
        }
        try (PDDocument pdf = RenderedPdf.render(print(approved(), RU), "plan.pdf", RU)) {
            String text = RenderedPdf.pageText(pdf, 1).replaceAll("\\s+", " ");
            assertTrue(text.contains("29 + 3 = 32"), text);
            assertTrue(text.contains("Для служебного пользования"), text);
        }
    }

    @Test
    void accessAndUnknownPlans() {
        FakePlans plans = new FakePlans();
        plans.plans.put(PLAN, approved());
        plans.denied.add(PLAN);
        IndividualPlanDocument form = new IndividualPlanDocument(plans, new FakeCore().signatories(), MESSAGES);
        assertThrows(AccessDeniedException.class, () -> form.build(String.valueOf(PLAN), RU));
        assertThrows(IllegalArgumentException.class, () -> form.build("32", RU));
        assertEquals("programmes.plan", form.id());
        assertEquals("programmes.access", form.requiredPermission());
        assertTrue(MESSAGES.knows(form.titleKey()));
    }
}
