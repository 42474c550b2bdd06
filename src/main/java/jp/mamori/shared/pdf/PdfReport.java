package jp.mamori.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.time.JapaneseDates;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The house style of every Mamori PDF: A4 portrait or landscape, a header with the
 * organisation and the report's name, the issue date in ISO and 和暦, "page x of y" in the
 * footer, and tables that split across pages with their header repeated. Tables are drawn
 * row by row, so that a ten-thousand-row ledger never sits in memory at once.
 */
public final class PdfReport implements AutoCloseable {

    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

    private final Document document;
    private final PdfWriter writer;
    private final Font bodyFont;
    private final Font headerFont;
    private final Font titleFont;
    private final Font sectionFont;
    private final CellLines lines;

    public enum Orientation { PORTRAIT, LANDSCAPE }

    /** What the header and footer print on every page. */
    public record Heading(String organisation, String reportName, LocalDate issuedOn, Locale locale,
                          String pageLabelPattern) {
    }

    public PdfReport(OutputStream out, Orientation orientation, Heading heading, JapaneseFont font) {
        Rectangle size = orientation == Orientation.LANDSCAPE ? PageSize.A4.rotate() : PageSize.A4;
        document = new Document(size, 36, 36, 60, 48);
        writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        BaseFont base = font.baseFont();
        bodyFont = new Font(base, 8.5f);
        headerFont = new Font(base, 8.5f, Font.BOLD);
        titleFont = new Font(base, 15f, Font.BOLD);
        sectionFont = new Font(base, 11.5f, Font.BOLD);
        lines = new CellLines(base, 8.5f);
        writer.setPageEvent(new HeaderAndFooter(heading, base));
        document.addTitle(heading.reportName());
        document.addCreator("Mamori");
        document.open();
        Paragraph title = new Paragraph(heading.reportName(), titleFont);
        title.setSpacingAfter(8);
        document.add(title);
    }

    public PdfReport section(String text) {
        Paragraph paragraph = new Paragraph(text, sectionFont);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    public PdfReport paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, bodyFont);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    /** A picture (a chart, for instance), shrunk to the page's width if it is wider. */
    public PdfReport image(byte[] png) {
        try {
            Image image = Image.getInstance(png);
            image.scaleToFit(Math.min(image.getWidth(), document.right() - document.left()),
                    document.top() - document.bottom());
            image.setSpacingBefore(4);
            image.setSpacingAfter(6);
            image.setAlignment(Element.ALIGN_CENTER);
            document.add(image);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void newPage() {
        document.newPage();
    }

    /** Starts a table; call {@link Table#row} for each row and {@link Table#end} at the end. */
    public Table table(List<String> headers, float[] relativeWidths) {
        return new Table(headers, relativeWidths);
    }

    /**
     * A table drawn straight onto the page: each cell is measured and broken into lines once
     * (OpenPDF's own tables lay every cell out twice, which made a ten-thousand-entry ledger
     * take seconds), rows go to the next page with the header repeated, and a row taller than
     * what is left of the page continues on the next one. Nothing is kept once drawn.
     */
    public final class Table {
        private static final float BORDER = 0.5f;
        private static final float BODY_PADDING = 3;
        private static final float HEADER_PADDING = 4;

        private final PdfContentByte canvas = writer.getDirectContent();
        private final float[] widths;
        private final List<List<String>> headerLines;
        private float y;

        private Table(List<String> headers, float[] relativeWidths) {
            float total = 0;
            for (float width : relativeWidths) {
                total += width;
            }
            float available = document.right() - document.left();
            widths = new float[relativeWidths.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = available * relativeWidths[i] / total;
            }
            headerLines = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                headerLines.add(lines.wrap(i < headers.size() ? headers.get(i) : "", widths[i] - 2 * HEADER_PADDING));
            }
            y = writer.getVerticalPosition(true);
            if (y - document.bottom() < height(headerLines, HEADER_PADDING) + height(1, BODY_PADDING)) {
                nextPage();
            } else {
                draw(headerLines, 0, Integer.MAX_VALUE, HEADER_PADDING, true);
            }
        }

        public Table row(List<String> cells) {
            List<List<String>> wrapped = new ArrayList<>(widths.length);
            for (int i = 0; i < widths.length; i++) {
                String value = i < cells.size() ? cells.get(i) : null;
                wrapped.add(lines.wrap(value == null ? "" : value, widths[i] - 2 * BODY_PADDING));
            }
            int tallest = 1;
            for (List<String> cell : wrapped) {
                tallest = Math.max(tallest, cell.size());
            }
            if (height(tallest, BODY_PADDING) > y - document.bottom() && height(tallest, BODY_PADDING)
                    <= document.top() - document.bottom() - height(headerLines, HEADER_PADDING)) {
                nextPage();
            }
            int from = 0;
            while (from < tallest) {
                int fit = (int) ((y - document.bottom() - 2 * BODY_PADDING) / lines.leading());
                if (fit <= 0) {
                    nextPage();
                    continue;
                }
                draw(wrapped, from, fit, BODY_PADDING, false);
                from += fit;
                if (from < tallest) {
                    nextPage();
                }
            }
            return this;
        }

        /** Ends the table and moves the document's own position below it. */
        public PdfReport end() {
            float used = writer.getVerticalPosition(false) - y;
            if (used > 0.5f) {
                PdfPTable spacer = new PdfPTable(1);
                spacer.setWidthPercentage(100);
                PdfPCell cell = new PdfPCell();
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setFixedHeight(used - 0.5f);
                spacer.addCell(cell);
                document.add(spacer);
            }
            return PdfReport.this;
        }

        private void nextPage() {
            document.newPage();
            y = writer.getVerticalPosition(true);
            draw(headerLines, 0, Integer.MAX_VALUE, HEADER_PADDING, true);
        }

        private float height(List<List<String>> cells, float padding) {
            int tallest = 1;
            for (List<String> cell : cells) {
                tallest = Math.max(tallest, cell.size());
            }
            return height(tallest, padding);
        }

        private float height(int lineCount, float padding) {
            return lineCount * lines.leading() + 2 * padding;
        }

        /** Draws lines {@code from} to {@code from + count} of every cell as one row at {@code y}. */
        private void draw(List<List<String>> cells, int from, int count, float padding, boolean header) {
            int shown = 1;
            for (List<String> cell : cells) {
                shown = Math.max(shown, Math.min(count, cell.size() - from));
            }
            float rowHeight = height(shown, padding);
            float x = document.left();
            if (header) {
                canvas.saveState();
                canvas.setColorFill(HEADER_FILL);
                canvas.rectangle(x, y - rowHeight, document.right() - x, rowHeight);
                canvas.fill();
                canvas.restoreState();
            }
            canvas.setLineWidth(BORDER);
            for (float width : widths) {
                canvas.rectangle(x, y - rowHeight, width, rowHeight);
                x += width;
            }
            canvas.stroke();
            canvas.beginText();
            canvas.setFontAndSize(lines.font(), lines.size());
            if (header) {
                // OpenPDF's bold for a font without a bold face: the glyphs are stroked as well as filled.
                canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                canvas.setLineWidth(lines.size() / 30f);
            }
            x = document.left();
            for (int column = 0; column < widths.length; column++) {
                List<String> cell = cells.get(column);
                float baseline = y - padding - lines.ascent();
                for (int line = from; line < Math.min(cell.size(), from + shown); line++) {
                    canvas.setTextMatrix(x + padding, baseline);
                    canvas.showText(cell.get(line));
                    baseline -= lines.leading();
                }
                x += widths[column];
            }
            if (header) {
                canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
            canvas.endText();
            y -= rowHeight;
        }
    }

    @Override
    public void close() {
        document.close();
    }

    private static final class HeaderAndFooter extends PdfPageEventHelper {
        private final Heading heading;
        private final BaseFont font;
        private PdfTemplate totalPages;

        HeaderAndFooter(Heading heading, BaseFont font) {
            this.heading = heading;
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            totalPages = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            Font small = new Font(font, 8f);
            float top = page.getTop() - 30;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(heading.organisation(), small), document.left(), top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(JapaneseDates.isoWithWareki(heading.issuedOn(), heading.locale()), small),
                    document.right(), top, 0);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(document.left(), top - 5);
            canvas.lineTo(document.right(), top - 5);
            canvas.stroke();

            String pageText = String.format(heading.pageLabelPattern(), writer.getPageNumber());
            float textWidth = font.getWidthPoint(pageText, 8f);
            float x = (page.getLeft() + page.getRight()) / 2 - textWidth / 2;
            float y = page.getBottom() + 24;
            canvas.beginText();
            canvas.setFontAndSize(font, 8f);
            canvas.setTextMatrix(x, y);
            canvas.showText(pageText);
            canvas.endText();
            canvas.addTemplate(totalPages, x + textWidth, y);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(heading.reportName(), small), document.left(), y, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            totalPages.beginText();
            totalPages.setFontAndSize(font, 8f);
            totalPages.setTextMatrix(0, 0);
            totalPages.showText(String.valueOf(writer.getPageNumber() - 1));
            totalPages.endText();
        }
    }
}
