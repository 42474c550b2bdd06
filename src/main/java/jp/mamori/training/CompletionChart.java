package jp.mamori.training;

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
 * Completion by department as a stacked bar chart, drawn on the server as PNG so the same
 * picture appears on screen and in the examiners' PDF.
 */
@Component
public class CompletionChart {

    private static final int WIDTH = 900;
    private static final int BAR_HEIGHT = 34;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final Messages messages;

    CompletionChart(Messages messages) {
        this.messages = messages;
    }

    public byte[] png(List<CompletionRow> byDepartment, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String completed = messages.get(locale, "training.status.COMPLETED");
        String open = messages.get(locale, "training.chart.open");
        String overdue = messages.get(locale, "training.chart.overdue");
        String failed = messages.get(locale, "training.status.FAILED");
        for (CompletionRow row : byDepartment) {
            String category = row.department() + " (" + row.rate() + "%)";
            data.addValue(row.completed(), completed, category);
            data.addValue(row.open() - row.overdue(), open, category);
            data.addValue(row.overdue(), overdue, category);
            data.addValue(row.failed(), failed, category);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(messages.get(locale, "training.chart.title"), null,
                messages.get(locale, "training.chart.workers"), data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 14f));
        chart.getLegend().setItemFont(FONT);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF7, 0xF9, 0xFB));
        plot.setRangeGridlinePaint(new Color(0xC8, 0xD0, 0xD8));
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x2E, 0x7D, 0x32));
        renderer.setSeriesPaint(1, new Color(0x90, 0xA4, 0xAE));
        renderer.setSeriesPaint(2, new Color(0xE6, 0x51, 0x00));
        renderer.setSeriesPaint(3, new Color(0xC6, 0x28, 0x28));
        int height = Math.max(220, 120 + BAR_HEIGHT * byDepartment.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
