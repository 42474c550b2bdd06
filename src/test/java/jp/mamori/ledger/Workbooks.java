package jp.mamori.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.TabularFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Reads and writes workbooks as plain rows of text, to compare exports and forge imports. */
final class Workbooks {

    private Workbooks() {
    }

    /** Every sheet as rows of text, the header first. */
    static List<List<List<String>>> read(byte[] xlsx, Messages messages) {
        List<List<List<String>>> sheets = new ArrayList<>();
        for (TabularFile.Content content : TabularFile.readSheets(xlsx, messages, Messages.JAPANESE)) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(content.header());
            int width = content.header().size();
            for (TabularFile.Line line : content.lines()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(line.cell(i));
                }
                rows.add(cells);
            }
            sheets.add(rows);
        }
        return sheets;
    }

    static byte[] write(List<List<List<String>>> sheets) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "test", "1.0");
            for (int s = 0; s < sheets.size(); s++) {
                Worksheet sheet = workbook.newWorksheet("Sheet" + (s + 1));
                List<List<String>> rows = sheets.get(s);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String value = rows.get(r).get(c);
                        if (value != null && !value.isEmpty()) {
                            sheet.value(r, c, value);
                        }
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the workbook with one sheet's rows changed. */
    static byte[] edit(byte[] xlsx, Messages messages, int sheet, UnaryOperator<List<List<String>>> change) {
        List<List<List<String>>> sheets = new ArrayList<>();
        for (List<List<String>> rows : read(xlsx, messages)) {
            List<List<String>> copy = new ArrayList<>();
            rows.forEach(row -> copy.add(new ArrayList<>(row)));
            sheets.add(copy);
        }
        sheets.set(sheet, change.apply(sheets.get(sheet)));
        return write(sheets);
    }
}
