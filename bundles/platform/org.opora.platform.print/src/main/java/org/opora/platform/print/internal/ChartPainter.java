package org.opora.platform.print.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.opora.platform.api.print.Block;

/**
 * Draws a {@link Block.Chart} with JFreeChart in the print's DejaVu fonts (Cyrillic), on white, in a few calm
 * colours that stay apart in grey print. The same drawing serves the page (a PNG) and the PDF (a PNG at print
 * resolution), so the two agree. Texts are at least {@link #TEXT} logical pixels, readable on a page that shows the
 * chart at its size; bars whose category names are long (directions of work, outcomes) lie horizontally with their
 * names wrapped to the left, so that no name is cut.
 */
final class ChartPainter {

    /** Categories beyond this many get slanted labels. */
    private static final int UPRIGHT_LABELS = 6;
    /** A bar chart with a category name longer than this many characters is drawn with horizontal bars. */
    static final int SHORT_CATEGORY = 12;
    /** The size of axis, tick and legend texts in logical pixels (on the page, CSS pixels). */
    static final float TEXT = 12f;
    private static final Paint[] PALETTE = {
        new Color(0x1f, 0x5f, 0x9e), new Color(0xe0, 0x8a, 0x1e), new Color(0x3a, 0x9a, 0x5b),
        new Color(0xb8, 0x3b, 0x3b), new Color(0x7b, 0x5a, 0xa6), new Color(0x8c, 0x6d, 0x46),
        new Color(0x4f, 0xa8, 0xc0), new Color(0x99, 0x99, 0x99)
    };

    static {
        // a server draws charts off screen; without this AWT would look for a display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Font REGULAR = awtFont(Fonts.REGULAR);
    private static final Font BOLD = awtFont(Fonts.BOLD);

    private ChartPainter() {
    }

    /** The chart as a PNG of {@code width × height} logical pixels, each drawn {@code scale} times finer. */
    static byte[] png(Block.Chart chart, int width, int height, double scale) {
        BufferedImage image = image(chart, width, height, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart drawn into an image of {@code width × height} logical pixels times {@code scale}. */
    static BufferedImage image(Block.Chart chart, int width, int height, double scale) {
        if (width < 50 || height < 50 || width > 4000 || height > 4000 || scale < 1 || scale > 4) {
            throw new IllegalArgumentException("chart size out of range: " + width + "x" + height + " @" + scale);
        }
        JFreeChart drawn = build(chart);
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            drawn.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    static JFreeChart build(Block.Chart chart) {
        JFreeChart drawn = switch (chart.kind()) {
            case PIE -> pie(chart);
            case BAR -> categories(chart, true);
            case LINE -> categories(chart, false);
        };
        theme().apply(drawn);
        if (drawn.getPlot() instanceof CategoryPlot plot) {
            tune(plot, chart);
        } else if (drawn.getPlot() instanceof PiePlot<?> plot) {
            plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1}"));
            plot.setShadowPaint(null);
            plot.setOutlineVisible(false);
            plot.setLabelBackgroundPaint(Color.WHITE);
        }
        drawn.setAntiAlias(true);
        drawn.setTextAntiAlias(true);
        return drawn;
    }

    private static JFreeChart pie(Block.Chart chart) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (Block.ChartValue v : chart.values()) {
            if (v.value() > 0) {
                Number before = data.getIndex(v.category()) < 0 ? 0 : data.getValue(v.category());
                data.setValue(v.category(), before.doubleValue() + v.value());
            }
        }
        return ChartFactory.createPieChart(chart.title(), data, true, false, false);
    }

    private static JFreeChart categories(Block.Chart chart, boolean bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Block.ChartValue v : chart.values()) {
            data.addValue(v.value(), v.series(), v.category());
        }
        boolean legend = chart.values().stream().map(Block.ChartValue::series).distinct().count() > 1;
        return bars
                ? ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), data,
                        horizontal(chart) ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, legend, false, false)
                : ChartFactory.createLineChart(chart.title(), null, chart.valueAxis(), data,
                        PlotOrientation.VERTICAL, legend, false, false);
    }

    /** Whether a chart is drawn with horizontal bars: bars with a long category name. */
    static boolean horizontal(Block.Chart chart) {
        return chart.kind() == Block.ChartKind.BAR
                && chart.values().stream().anyMatch(v -> v.category().length() > SHORT_CATEGORY);
    }

    private static void tune(CategoryPlot plot, Block.Chart chart) {
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelLines(2);
        long categories = chart.values().stream().map(Block.ChartValue::category).distinct().count();
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            // values along the bottom as in a column chart; names to the left of their bars, wrapped within two
            // fifths of the width rather than cut
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            domain.setMaximumCategoryLabelLines(3);
            domain.setMaximumCategoryLabelWidthRatio(0.4f);
            domain.setCategoryMargin(0.15);
        } else if (categories > UPRIGHT_LABELS) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (chart.values().stream().allMatch(v -> v.value() == Math.rint(v.value()))) {
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setMaximumBarWidth(plot.getOrientation() == PlotOrientation.HORIZONTAL ? 0.12 : 0.08);
            bars.setItemMargin(0.05);
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Opora", false);
        theme.setExtraLargeFont(BOLD.deriveFont(TEXT + 3));
        theme.setLargeFont(BOLD.deriveFont(TEXT));
        theme.setRegularFont(REGULAR.deriveFont(TEXT));
        theme.setSmallFont(REGULAR.deriveFont(TEXT));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.LIGHT_GRAY);
        theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
        theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    /** The DejaVu face packed in this bundle, for AWT; the PDF's own text uses the same files through PDFBox. */
    private static Font awtFont(String path) {
        try (InputStream in = ChartPainter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the bundle: " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Font " + path + " could not be read", e);
        }
    }
}
