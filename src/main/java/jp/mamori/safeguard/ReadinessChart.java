package jp.mamori.safeguard;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * The share of items met per heading, mandatory and desirable side by side, with the 70% line,
 * rendered to PNG on the server so that the same picture serves the screen and the PDF.
 */
@Component
public class ReadinessChart {

    private static final Color MANDATORY = new Color(0x1F, 0x4E, 0x79);
    private static final Color DESIRABLE = new Color(0x5B, 0x9B, 0xD5);
    private static final Color THRESHOLD = new Color(0xC0, 0x39, 0x2B);

    private final Messages messages;
    private final String fontFamily;

    public ReadinessChart(Messages messages) {
        this.messages = messages;
        this.fontFamily = japaneseFontFamily();
    }

    public byte[] png(Readiness readiness, Locale locale, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String mandatory = messages.label(locale, Requirement.MANDATORY);
        String desirable = messages.label(locale, Requirement.DESIRABLE);
        for (Readiness.HeadingReadiness heading : readiness.headings()) {
            String label = heading.heading().title(locale);
            data.addValue(heading.mandatory().applicable() == 0 ? null : heading.mandatory().percent(), mandatory, label);
            data.addValue(heading.desirable().applicable() == 0 ? null : heading.desirable().percent(), desirable, label);
        }
        JFreeChart chart = ChartFactory.createBarChart(messages.get(locale, "safeguard.readiness.chart"), null,
                messages.get(locale, "safeguard.readiness.chart.axis"), data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(fontFamily, Font.BOLD, 15));
        chart.getLegend().setItemFont(new Font(fontFamily, Font.PLAIN, 12));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setRange(0, 100);
        plot.getRangeAxis().setLabelFont(new Font(fontFamily, Font.PLAIN, 12));
        plot.getRangeAxis().setTickLabelFont(new Font(fontFamily, Font.PLAIN, 11));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(new Font(fontFamily, Font.PLAIN, 11));
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        categories.setMaximumCategoryLabelLines(2);
        ValueMarker threshold = new ValueMarker(Readiness.DESIRABLE_PERCENT);
        threshold.setPaint(THRESHOLD);
        threshold.setStroke(new java.awt.BasicStroke(1.5f));
        plot.addRangeMarker(threshold);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, MANDATORY);
        renderer.setSeriesPaint(1, DESIRABLE);
        renderer.setItemMargin(0.05);
    }

    /** A font able to draw Japanese labels if the system has one; AWT's logical font otherwise. */
    private static String japaneseFontFamily() {
        String[] preferred = {"IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "Noto Sans JP", "VL Gothic",
                "TakaoGothic", "Yu Gothic", "MS Gothic", "Hiragino Sans"};
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.stream(preferred)
                .filter(name -> Arrays.asList(installed).contains(name))
                .findFirst()
                .or(() -> Arrays.stream(installed)
                        .filter(name -> new Font(name, Font.PLAIN, 12).canDisplayUpTo("適合率") == -1)
                        .findFirst())
                .orElse(Font.SANS_SERIF);
    }
}
