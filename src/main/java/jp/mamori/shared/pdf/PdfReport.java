package jp.mamori.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
 * footer, and tables that split across pages with their header repeated. Tables are written
 * in slices so that a ten-thousand-row ledger never sits in memory at once.
 */
public final class PdfReport implements AutoCloseable {

    /** Rows buffered before a slice of a long table is flushed to the output. */
    private static final int FLUSH_ROWS = 200;
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

    private final Document document;
    private final PdfWriter writer;
    private final Font bodyFont;
    private final Font headerFont;
    private final Font titleFont;
    private final Font sectionFont;

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

    /** A table written in slices of {@value #FLUSH_ROWS} rows. */
    public final class Table {
        private final PdfPTable table;
        private int pending;

        private Table(List<String> headers, float[] widths) {
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitLate(false);
            table.setComplete(false);
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
                cell.setBackgroundColor(HEADER_FILL);
                cell.setPadding(4);
                table.addCell(cell);
            }
        }

        public Table row(List<String> cells) {
            for (String value : cells) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, bodyFont));
                cell.setPadding(3);
                table.addCell(cell);
            }
            if (++pending >= FLUSH_ROWS) {
                document.add(table);
                pending = 0;
            }
            return this;
        }

        public PdfReport end() {
            table.setComplete(true);
            document.add(table);
            return PdfReport.this;
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
