package jp.mamori.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import jp.mamori.support.PdfText;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PdfReportTableTest {

    private static final JapaneseFont FONT = new JapaneseFont("");

    private static byte[] write(Consumer<PdfReport> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = new PdfReport(out, PdfReport.Orientation.PORTRAIT,
                new PdfReport.Heading("架空商事株式会社", "試験の帳票", LocalDate.of(2026, 11, 23), Locale.JAPANESE,
                        "%d / "), FONT)) {
            content.accept(pdf);
        }
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) throws Exception {
        return new PdfReader(pdf).getNumberOfPages();
    }

    @Test
    void longTablesRepeatTheirHeaderOnEveryPageAndWhatFollowsComesAfterThem() throws Exception {
        byte[] pdf = write(report -> {
            PdfReport.Table table = report.table(List.of("番号", "名称"), new float[] {1, 4});
            for (int i = 1; i <= 120; i++) {
                table.row(List.of("R" + i, "行" + i + "の内容"));
            }
            table.end();
            report.paragraph("表の後の段落");
        });
        String text = PdfText.of(pdf);
        int pages = pages(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(text.split("番号名称", -1)).hasSize(pages + 1);
        assertThat(text).contains("R1行1の内容", "R120行120の内容");
        String lastPage = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(pages);
        assertThat(lastPage).contains("表の後の段落").contains("R120");
    }

    @Test
    void aCellTallerThanAPageContinuesOnTheNextAndLinesBreakWithoutLosingText() throws Exception {
        String tall = "個人情報の取扱いに関する長い説明文。".repeat(400);
        byte[] pdf = write(report -> report.table(List.of("番号", "説明"), new float[] {1, 2})
                .row(List.of("L-1", tall)).row(List.of("L-2", "短い")).end());
        assertThat(pages(pdf)).isGreaterThan(1);
        String text = PdfText.of(pdf);
        assertThat(text).contains("L-1" + tall.substring(0, 20)).contains("L-2短い");
        String withoutPageChrome = text.replaceAll("架空商事株式会社|試験の帳票|2026-11-23（[^）]*）|番号説明|L-1|L-2短い", "")
                .replaceAll("[0-9/]", "");
        assertThat(withoutPageChrome).isEqualTo(tall);
    }

    @Test
    void japaneseLinesDoNotStartWithClosingPunctuation() {
        CellLines lines = new CellLines(FONT.baseFont(), 10);
        float width = FONT.baseFont().getWidthPoint("あいう", 10) + 0.1f;
        assertThat(lines.wrap("あいう。えお", width)).containsExactly("あい", "う。え", "お");
        assertThat(lines.wrap("one two three", FONT.baseFont().getWidthPoint("one two", 10) + 0.1f))
                .containsExactly("one two", "three");
        assertThat(lines.wrap("一行目\n\n三行目", 1000)).containsExactly("一行目", "", "三行目");
    }
}
