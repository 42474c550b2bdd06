package jp.mamori.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A register as one xlsx sheet: a bold header row, frozen, then one row per record. Numbers,
 * booleans and dates keep their type so that the spreadsheet can sort and filter them; text is
 * written as text (xlsx cells are never evaluated, so no formula neutralising is needed here).
 */
public final class XlsxTable<T> {

    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private final List<String> headers;
    private final List<Function<T, Object>> columns;

    private XlsxTable(List<String> headers, List<Function<T, Object>> columns) {
        this.headers = headers;
        this.columns = columns;
    }

    /** The columns as header text and value extractor, in order. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    public static <T> XlsxTable<T> of(List<Column<T>> columns) {
        return new XlsxTable<>(columns.stream().map(Column::header).toList(),
                columns.stream().map(Column::value).toList());
    }

    public void write(OutputStream out, String sheetName, Stream<T> records) {
        try {
            Workbook workbook = new Workbook(out, "Mamori", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.style(0, column).bold().fillColor("E8EEF4").set();
                sheet.width(column, Math.max(10, Math.min(40, headers.get(column).length() * 2.2)));
            }
            sheet.freezePane(0, 1);
            int[] row = {1};
            records.forEach(record -> {
                for (int column = 0; column < columns.size(); column++) {
                    cell(sheet, row[0], column, columns.get(column).apply(record));
                }
                row[0]++;
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        switch (value) {
            case null -> { }
            case Number number -> sheet.value(row, column, number);
            case Boolean bool -> sheet.value(row, column, bool);
            case LocalDate date -> {
                sheet.value(row, column, date);
                sheet.style(row, column).format(DATE_FORMAT).set();
            }
            default -> sheet.value(row, column, value.toString());
        }
    }
}
