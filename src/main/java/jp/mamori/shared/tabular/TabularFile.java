package jp.mamori.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.shared.i18n.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an .xlsx file or a CSV file (UTF-8, with or without BOM; Shift_JIS
 * as Japanese HR systems still produce) into rows of text. The kind is decided by the
 * content, never by the file name.
 */
public final class TabularFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    /** A data row: its number as the spreadsheet shows it, and its cells as text. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(value -> value == null || value.isBlank());
        }
    }

    /** The header row and the data rows below it. */
    public record Content(List<String> header, List<Line> lines) {
    }

    private TabularFile() {
    }

    public static Content read(byte[] bytes, Messages messages, Locale locale) {
        checkSize(bytes, messages, locale);
        List<List<String>> rows = isZip(bytes)
                ? readXlsx(bytes, false, messages, locale).stream().findFirst().orElse(List.of())
                : readCsv(bytes, messages, locale);
        return content(rows, messages, locale);
    }

    /**
     * Every sheet of an .xlsx file in workbook order, each read like {@link #read}; a sheet
     * without rows has an empty header and no lines. Anything but an .xlsx file is refused.
     */
    public static List<Content> readSheets(byte[] bytes, Messages messages, Locale locale) {
        checkSize(bytes, messages, locale);
        if (!isZip(bytes)) {
            throw refused(messages, locale, "import.error.notReadable");
        }
        List<Content> sheets = new ArrayList<>();
        for (List<List<String>> rows : readXlsx(bytes, true, messages, locale)) {
            sheets.add(rows.isEmpty() ? new Content(List.of(), List.of()) : content(rows, messages, locale));
        }
        if (sheets.isEmpty() || sheets.getFirst().header().isEmpty()) {
            throw refused(messages, locale, "import.error.empty");
        }
        return sheets;
    }

    private static void checkSize(byte[] bytes, Messages messages, Locale locale) {
        if (bytes == null || bytes.length == 0) {
            throw refused(messages, locale, "import.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(messages, locale, "import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
    }

    private static Content content(List<List<String>> rows, Messages messages, Locale locale) {
        if (rows.isEmpty()) {
            throw refused(messages, locale, "import.error.empty");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw refused(messages, locale, "import.error.tooManyRows", MAX_ROWS);
        }
        List<String> header = rows.getFirst().stream().map(value -> value == null ? "" : value.strip()).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Line line = new Line(i + 1, rows.get(i));
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return new Content(header, lines);
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static List<List<List<String>>> readXlsx(byte[] bytes, boolean allSheets, Messages messages, Locale locale) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = allSheets ? workbook.getSheets().toList()
                    : Optional.ofNullable(workbook.getFirstSheet()).stream().toList();
            List<List<List<String>>> result = new ArrayList<>();
            for (Sheet sheet : sheets) {
                result.add(rowsOf(sheet));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            throw refused(messages, locale, "import.error.notReadable");
        }
    }

    private static List<List<String>> rowsOf(Sheet sheet) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getText());
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return rows;
    }

    private static List<List<String>> readCsv(byte[] bytes, Messages messages, Locale locale) {
        String text = decode(bytes).orElseThrow(() -> refused(messages, locale, "import.error.notReadable"));
        if (text.chars().anyMatch(ch -> ch == 0)) {
            throw refused(messages, locale, "import.error.notReadable");
        }
        try (Reader reader = new java.io.StringReader(text)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
                rows.add(record.toList());
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw refused(messages, locale, "import.error.notReadable");
        }
    }

    private static Optional<String> decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (var charset : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("windows-31j"))) {
            try {
                return Optional.of(charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                        .toString());
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return Optional.empty();
    }

    private static ImportRejected refused(Messages messages, Locale locale, String key, Object... args) {
        return new ImportRejected(List.of(new ImportError(0, "", messages.get(locale, key, args))));
    }

}
