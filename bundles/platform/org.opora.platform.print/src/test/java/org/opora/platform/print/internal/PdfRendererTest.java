package org.opora.platform.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.print.testing.RenderedPdf;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static byte[] sample;

    @BeforeAll
    static void renderSample() {
        sample = RENDERER.render(SampleDocuments.everyBlock(), PdfRenderer.RUSSIAN);
        RenderedPdf.save("sample.pdf", sample);
    }

    @Test
    void rendersTheRussianTextOfEveryBlock() throws IOException {
        try (PDDocument pdf = RenderedPdf.open(sample)) {
            String text = RenderedPdf.text(pdf);
            for (String expected : List.of("УТВЕРЖДАЮ", SampleDocuments.TITLE, "на 2025/2026 учебный год",
                    SampleDocuments.PUPIL, "Заключение ПМПК", "Цели и задачи сопровождения",
                    "3) формирование учебной мотивации.", "Срок реализации — один учебный год",
                    "Занятие № 1", "Занятие № " + SampleDocuments.TABLE_ROWS, "Сидорова Мария Петровна",
                    "____________", "«___» __________ 20__ г.")) {
                assertTrue(text.contains(expected), () -> "missing: " + expected);
            }
        }
    }

    @Test
    void aNarrowColumnIsWidenedToItsLongestWordSoThatWordsAreNotBroken() throws IOException {
        Block.Table table = new Block.Table(List.of(new Block.Column("№", 1), new Block.Column("Мероприятие", 2),
                new Block.Column("Результат", 12)), List.of(List.of("1", "Консультирование по снижению конфликтности",
                "Снижение тревожности")));
        byte[] pdf = RENDERER.render(new PrintDocument("Таблица", "", List.of(table)), PdfRenderer.RUSSIAN);
        try (PDDocument document = RenderedPdf.open(pdf)) {
            String text = RenderedPdf.text(document);
            assertTrue(text.contains("Консультирование"), text);
            assertTrue(text.contains("конфликтности"), text);
            assertFalse(text.contains("Консультиров-"), text);
        }
    }

    @Test
    void restrictionMarkAndPageNumberOnEveryPage() throws IOException {
        try (PDDocument pdf = RenderedPdf.open(sample)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "the 60-row table spans pages, the signatures follow a page break: " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = RenderedPdf.pageText(pdf, page);
                assertTrue(text.contains(SampleDocuments.MARK), "mark on page " + page);
                assertTrue(text.contains(page + " / " + pages), "number on page " + page);
            }
        }
    }

    @Test
    void tableHeaderIsRepeatedOnTheNextPage() throws IOException {
        try (PDDocument pdf = RenderedPdf.open(sample)) {
            String second = RenderedPdf.pageText(pdf, 2);
            assertTrue(second.contains("Занятие № "), "the table continues on page 2");
            assertTrue(second.contains(SampleDocuments.EVENT_HEADER), "header repeated on page 2");
            assertTrue(second.contains("Специалист"), "header repeated on page 2");
        }
    }

    @Test
    void fontsAreEmbeddedDejaVu() throws IOException {
        try (PDDocument pdf = RenderedPdf.open(sample)) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void titleIsInTheMetadata() throws IOException {
        try (PDDocument pdf = RenderedPdf.open(sample)) {
            assertEquals(SampleDocuments.TITLE, pdf.getDocumentInformation().getTitle());
            assertEquals("ru", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void anEmptyDocumentIsOneNumberedPage() throws IOException {
        byte[] bytes = RENDERER.render(PrintDocument.builder("Пусто").build(), null);
        try (PDDocument pdf = RenderedPdf.open(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(RenderedPdf.text(pdf).contains("1 / 1"));
        }
    }

    @Test
    void dateLineFollowsTheLocale() throws IOException {
        PrintDocument document = PrintDocument.builder("Signatures")
                .add(new Block.Signatures(List.of(new Block.Signature("Head teacher", "Smith J.", true)))).build();
        try (PDDocument pdf = RenderedPdf.open(RENDERER.render(document, Locale.ENGLISH))) {
            String text = RenderedPdf.text(pdf);
            assertTrue(text.contains("__________ 20__"), text);
            assertFalse(text.contains("г."), text);
        }
    }

    @Test
    void charactersWithoutGlyphsDoNotBreakTheDocument() throws IOException {
        PrintDocument document = PrintDocument.builder("Символы")
                .add(new Block.Paragraph("Смайлик \uD83D\uDE00\tи\u0007 управляющий символ\r\nвторая строка",
                        Align.JUSTIFY, false))
                .build();
        try (PDDocument pdf = RenderedPdf.open(RENDERER.render(document, null))) {
            String text = RenderedPdf.text(pdf);
            assertTrue(text.contains("управляющий символ"), text);
            assertTrue(text.contains("вторая строка"), text);
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitWithTheHeaderOnEachPage() throws IOException {
        String essay = "Очень подробное описание занятия. ".repeat(600);
        PrintDocument document = PrintDocument.builder("Длинная строка")
                .add(new Block.Table(List.of(new Block.Column("Описание", 4), new Block.Column("Итог", 1)),
                        List.of(List.of(essay, "выполнено"))))
                .build();
        byte[] bytes = RENDERER.render(document, null);
        RenderedPdf.save("tall-row.pdf", bytes);
        try (PDDocument pdf = RenderedPdf.open(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 2);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertTrue(RenderedPdf.pageText(pdf, page).contains("Описание"), "header on page " + page);
            }
        }
    }
}
