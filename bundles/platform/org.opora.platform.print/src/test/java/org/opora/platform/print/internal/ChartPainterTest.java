package org.opora.platform.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.print.testing.RenderedPdf;

class ChartPainterTest {

    static final Block.Chart MEETINGS = new Block.Chart("Заседания консилиума по месяцам", Block.ChartKind.BAR,
            "Заседаний", List.of(new Block.ChartValue("Плановые", "Сентябрь", 1),
                    new Block.ChartValue("Внеплановые", "Сентябрь", 2), new Block.ChartValue("Плановые", "Октябрь", 0),
                    new Block.ChartValue("Внеплановые", "Октябрь", 1), new Block.ChartValue("Плановые", "Ноябрь", 1)));
    static final Block.Chart DOCUMENTS = new Block.Chart("Документы по видам", Block.ChartKind.PIE, "",
            List.of(new Block.ChartValue("", "Годовой план", 2), new Block.ChartValue("", "Отчёт", 1),
                    new Block.ChartValue("", "Программа", 0)));

    @Test
    void drawsEveryKindAsAPngOfTheAskedSizeAtTwiceThePixels() throws IOException {
        for (Block.ChartKind kind : Block.ChartKind.values()) {
            Block.Chart chart = new Block.Chart(MEETINGS.title(), kind, MEETINGS.valueAxis(), MEETINGS.values());
            byte[] png = ChartPainter.png(chart, 600, 300, 2);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(1200, image.getWidth());
            assertEquals(600, image.getHeight());
            Files.createDirectories(RenderedPdf.OUTPUT);
            Files.write(RenderedPdf.OUTPUT.resolve("chart-" + kind.name().toLowerCase() + ".png"), png);
        }
    }

    static final Block.Chart DIRECTIONS = new Block.Chart("Работа Службы по направлениям", Block.ChartKind.BAR,
            "Мероприятий", List.of(new Block.ChartValue("", "Диагностическое", 12),
                    new Block.ChartValue("", "Организационно-методическое", 4),
                    new Block.ChartValue("", "Социальная защита и охрана прав детства", 3)));

    @Test
    void barsWithLongCategoryNamesLieHorizontallyWithTheirNamesWrappedAndTextsOfTwelvePixels() throws IOException {
        JFreeChart drawn = ChartPainter.build(DIRECTIONS);
        CategoryPlot plot = drawn.getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertEquals(3, plot.getDomainAxis().getMaximumCategoryLabelLines(), "names wrap rather than being cut");
        assertTrue(plot.getDomainAxis().getTickLabelFont().getSize2D() >= 12f, "category names readable");
        assertTrue(plot.getRangeAxis().getTickLabelFont().getSize2D() >= 12f, "values readable");
        assertTrue(plot.getRangeAxis().getLabelFont().getSize2D() >= 12f, "the axis's name readable");
        assertEquals(PlotOrientation.VERTICAL,
                ChartPainter.build(MEETINGS).getCategoryPlot().getOrientation(), "months stay upright");
        Files.createDirectories(RenderedPdf.OUTPUT);
        Files.write(RenderedPdf.OUTPUT.resolve("chart-directions.png"), ChartPainter.png(DIRECTIONS, 720, 360, 2));
    }

    @Test
    void anEmptyChartIsStillAPicture() throws IOException {
        byte[] png = ChartPainter.png(new Block.Chart("Пусто", Block.ChartKind.PIE, "", List.of()), 300, 150, 1);
        assertEquals(300, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void refusesAbsurdSizes() {
        assertThrows(IllegalArgumentException.class, () -> ChartPainter.png(MEETINGS, 10, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> ChartPainter.png(MEETINGS, 100_000, 300, 1));
    }

    @Test
    void aChartBlockIsAPictureInThePdfBetweenItsTexts() throws IOException {
        PrintDocument document = PrintDocument.builder("Отчёт").heading("Отчёт о работе Службы", 1).add(MEETINGS)
                .paragraph("После диаграммы").add(DOCUMENTS).add(DIRECTIONS).build();
        try (PDDocument pdf = RenderedPdf.render(document, "chart.pdf", PdfRenderer.RUSSIAN)) {
            String text = RenderedPdf.text(pdf);
            assertTrue(text.contains("Отчёт о работе Службы"), text);
            assertTrue(text.contains("После диаграммы"), text);
            int pictures = 0;
            for (var page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        pictures++;
                        assertTrue(image.getWidth() > 1000, "printed at three times the point size");
                    }
                }
            }
            assertEquals(3, pictures);
        }
    }
}
