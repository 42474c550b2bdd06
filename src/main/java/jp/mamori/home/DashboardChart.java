package jp.mamori.home;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * The readiness figures as two horizontal bar charts drawn on the server: the share done per
 * area (0–100 %) and the open items. The page prints the same figures as text beside them.
 */
@Component
class DashboardChart {

    private static final int WIDTH = 760;
    private static final int BAR_HEIGHT = 30;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color DONE = new Color(0x2E, 0x7D, 0x32);
    private static final Color OPEN = new Color(0xE6, 0x51, 0x00);

    private final Messages messages;

    DashboardChart(Messages messages) {
        this.messages = messages;
    }

    byte[] shares(List<Figure> figures, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.stream().filter(Figure::isShare).forEach(figure -> {
            if (figure.isShareOfNothing()) {
                data.addValue(0, "%", figure.label() + " (" + messages.get(locale, "home.figure.shareOfNothing") + ")");
            } else {
                data.addValue(figure.percent(), "%", figure.label() + " (" + figure.percent() + "%)");
            }
        });
        JFreeChart chart = bars(messages.get(locale, "home.chart.shares"), "%", data, DONE);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setRange(0, 100);
        return png(chart, data.getColumnCount());
    }

    byte[] counts(List<Figure> figures, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.stream().filter(figure -> !figure.isShare())
                .forEach(figure -> data.addValue(figure.value(), "#", figure.label() + " (" + figure.value() + ")"));
        JFreeChart chart = bars(messages.get(locale, "home.chart.counts"), messages.get(locale, "home.chart.items"),
                data, OPEN);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return png(chart, data.getColumnCount());
    }

    private static JFreeChart bars(String title, String axisLabel, DefaultCategoryDataset data, Color colour) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, axisLabel, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 14f));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF7, 0xF9, 0xFB));
        plot.setRangeGridlinePaint(new Color(0xC8, 0xD0, 0xD8));
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.6);
        renderer.setSeriesPaint(0, colour);
        return chart;
    }

    private static byte[] png(JFreeChart chart, int bars) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, Math.max(160, 90 + BAR_HEIGHT * bars));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
