package org.opora.programmes.impl.internal.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.platform.print.testing.RenderedPdf.pageText;
import static org.opora.programmes.impl.internal.print.PrintFixture.PUPIL;
import static org.opora.programmes.impl.internal.print.PrintFixture.RU;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.print.testing.RenderedPdf;
import org.opora.programmes.api.programme.PlanRow;

/**
 * The IPS printed through the platform's renderer and read back: what a person holding the paper sees. The
 * rendered file stays in {@code target/test-output}.
 */
class ProgrammePdfTest {

    private static final MessagesTranslator MESSAGES = new MessagesTranslator();
    private static final List<String> COLUMNS = List.of("№", "Мероприятие, форма проведения", "Участники",
            "Ответственный специалист", "Дата, период реализации", "Планируемый результат",
            "Результат, отметка об исполнении, рекомендации по дальнейшему сопровождению");

    private static PDDocument render(int rows, String file) {
        return render(PrintFixture.plan(rows), file);
    }

    private static PDDocument render(List<PlanRow> plan, String file) {
        FakeProgrammes programmes = PrintFixture.programmes(PrintFixture.approved(), plan);
        PrintDocument doc = new ProgrammeDocument(programmes, programmes, programmes::approvals,
                new FakeCore().signatories(), PrintFixture.lists(MESSAGES), MESSAGES, PrintFixture.CLOCK)
                .build(String.valueOf(PrintFixture.PROGRAMME), RU);
        return RenderedPdf.render(doc, file, RU);
    }

    /** The page's text with line breaks as spaces, so that wrapped cells read as one text. */
    private static String flat(PDDocument pdf, int page) {
        return pageText(pdf, page).replaceAll("\\s+", " ");
    }

    @Test
    void theFirstPageCarriesTheApprovalTheTitleThePupilAndTheMark() throws IOException {
        try (PDDocument pdf = render(3, "programme.pdf")) {
            String first = flat(pdf, 1);
            assertTrue(first.contains("УТВЕРЖДАЮ"), first);
            assertTrue(first.contains("«21» октября 2026 г."), first);
            assertTrue(first.contains("Для служебного пользования"), first);
            assertTrue(first.contains("Индивидуальная программа сопровождения обучающегося"), first);
            assertTrue(first.contains(PUPIL), first);
            assertTrue(first.contains("ФИО родителей (законных представителей)"), first);
        }
    }

    @Test
    void thePlanPrintsItsSevenColumnsWithoutBreakingAHeaderWordAndItsRows() throws IOException {
        try (PDDocument pdf = render(3, "programme-plan.pdf")) {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                all.append(pageText(pdf, page));
            }
            List<String> words = List.of(all.toString().split("\\s+"));
            for (String header : COLUMNS) {
                for (String word : header.split(" ")) {
                    assertTrue(words.contains(word), "header word printed whole: " + word + "\n" + all);
                }
            }
            String text = all.toString().replaceAll("\\s+", " ");
            assertTrue(text.contains("Psychological consultation (individual talk)"), text);
            assertTrue(text.contains("выполнено 27.10.2026"), text);
            assertTrue(text.contains("Class hour on friendship 3"), text);
            assertTrue(text.contains("Председатель психолого"), text);
            assertTrue(text.contains(FakeCore.CHAIR), text);
        }
    }

    @Test
    void theDirectionsOfHelpAndTheRiskCategoryArePrinted() throws IOException {
        try (PDDocument pdf = render(1, "programme-fields.pdf")) {
            String text = flat(pdf, 1) + " " + (pdf.getNumberOfPages() > 1 ? flat(pdf, 2) : "");
            for (String expected : List.of("Направления помощи", "Психологическая помощь", "Социальная помощь",
                    "Категория риска", "Без особого риска")) {
                assertTrue(text.contains(expected), () -> expected + " in " + text);
            }
        }
    }

    @Test
    void thePlansWordsAreWrappedWholeNotBrokenInside() throws IOException {
        PlanRow row = new PlanRow(1, PrintFixture.PROGRAMME, 1, "Консультирование", "индивидуальная беседа", 1,
                "pupil", "Обучающийся, педагог-психолог", 4L, PrintFixture.CURATOR, LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 10, 26), "Снижение конфликтности", "", false, null, "", "", "psychological",
                null, 1);
        try (PDDocument pdf = render(List.of(row), "programme-words.pdf")) {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                all.append(pageText(pdf, page)).append('\n');
            }
            List<String> words = List.of(all.toString().split("\\s+"));
            for (String word : List.of("Консультирование", "индивидуальная", "Обучающийся,", "конфликтности")) {
                assertTrue(words.contains(word) || words.contains("(" + word) || words.contains(word + ")")
                        || words.contains(word + ","), () -> word + " printed whole in " + all);
            }
            assertFalse(all.toString().contains("Консультиров-"), all.toString());
        }
    }

    @Test
    void everyPageOfALongProgrammeIsMarkedForOfficialUse() throws IOException {
        try (PDDocument pdf = render(25, "programme-long.pdf")) {
            assertTrue(pdf.getNumberOfPages() > 2, "the plan runs over several pages");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = flat(pdf, page);
                assertTrue(text.contains("Для служебного пользования"), "page " + page + ": " + text);
            }
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                all.append(flat(pdf, page)).append(' ');
            }
            assertTrue(all.toString().contains("Class hour on friendship 25"), "the last row printed");
            assertTrue(all.toString().contains("Куратор ИПС"), "the curator's sign-off printed");
            String last = flat(pdf, pdf.getNumberOfPages());
            assertTrue(last.contains("Председатель психолого"), "the chair's sign-off ends the form: " + last);
        }
    }
}
