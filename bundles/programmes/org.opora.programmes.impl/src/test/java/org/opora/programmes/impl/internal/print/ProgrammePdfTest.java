package org.opora.programmes.impl.internal.print;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.platform.print.testing.RenderedPdf.pageText;
import static org.opora.programmes.impl.internal.print.PrintFixture.PUPIL;
import static org.opora.programmes.impl.internal.print.PrintFixture.RU;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.print.testing.RenderedPdf;

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
        FakeProgrammes programmes = PrintFixture.programmes(PrintFixture.approved(), PrintFixture.plan(rows));
        PrintDocument doc = new ProgrammeDocument(programmes, programmes, new FakeCore().signatories(), MESSAGES,
                PrintFixture.CLOCK).build(String.valueOf(PrintFixture.PROGRAMME), RU);
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
    void everyPageOfALongProgrammeIsMarkedForOfficialUse() throws IOException {
        try (PDDocument pdf = render(25, "programme-long.pdf")) {
            assertTrue(pdf.getNumberOfPages() > 2, "the plan runs over several pages");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = flat(pdf, page);
                assertTrue(text.contains("Для служебного пользования"), "page " + page + ": " + text);
            }
            String last = flat(pdf, pdf.getNumberOfPages());
            assertTrue(last.contains("Class hour on friendship 25") || last.contains("Куратор ИПС"), last);
        }
    }
}
