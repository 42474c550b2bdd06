package jp.mamori.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.Cells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as an .xlsx workbook (ledger sheet and risk analysis sheet, the layout the import
 * reads back) or as CSV. Both stream: rows are written chunk by chunk as they are read.
 */
@Service
public class LedgerExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";

    /** Columns whose cells hold several lines; they wrap so the lines stay readable. */
    private static final Set<LedgerColumns.Entry> MULTI_LINE = EnumSet.of(LedgerColumns.Entry.DATA_ITEMS,
            LedgerColumns.Entry.PURPOSES, LedgerColumns.Entry.ACCESS_DEPARTMENTS, LedgerColumns.Entry.ACCESS_ROLES,
            LedgerColumns.Entry.CONSIGNEES, LedgerColumns.Entry.JOINT_USE_DESCRIPTION);
    private static final int FLUSH_ROWS = 500;
    private static final Set<LedgerChunks.Part> LEDGER_SHEET = EnumSet.of(LedgerChunks.Part.PURPOSES,
            LedgerChunks.Part.ACCESS, LedgerChunks.Part.CONSIGNEES);

    private final LedgerChunks chunks;
    private final LedgerAccess access;
    private final LedgerService ledger;
    private final Messages messages;
    private final LedgerColumns columns;

    LedgerExport(LedgerChunks chunks, LedgerAccess access, LedgerService ledger, Messages messages) {
        this.chunks = chunks;
        this.access = access;
        this.ledger = ledger;
        this.messages = messages;
        this.columns = new LedgerColumns(messages);
    }

    /** The entries the caller may see that match the filter, as the workbook the import reads. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeXlsx(OutputStream out, LedgerFilter filter) {
        LedgerScope scope = access.current();
        scope.requireAny();
        try {
            Workbook workbook = new Workbook(out, "Mamori", "1.0");
            Worksheet ledgerSheet = workbook.newWorksheet(messages.get(LedgerColumns.DOCUMENT, "ledger.sheet.ledger"));
            Worksheet riskSheet = workbook.newWorksheet(messages.get(LedgerColumns.DOCUMENT, "ledger.sheet.risks"));
            header(ledgerSheet, LedgerColumns.ENTRY_LAYOUT.headers(messages, LedgerColumns.DOCUMENT));
            int[] row = {1};
            chunks.forEach(filter, scope, ledger.today(), LEDGER_SHEET, entry -> {
                write(ledgerSheet, row[0], columns.entryCells(entry), true);
                flushEvery(ledgerSheet, row[0]++);
            });
            ledgerSheet.finish();
            header(riskSheet, LedgerColumns.RISK_LAYOUT.headers(messages, LedgerColumns.DOCUMENT));
            row[0] = 1;
            chunks.forEachRisk(filter, scope, ledger.today(), risk -> {
                write(riskSheet, row[0], columns.riskCells(risk.reference(), risk.name(), risk.risk()), false);
                flushEvery(riskSheet, row[0]++);
            });
            riskSheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ledger sheet as CSV (UTF-8 with BOM, so Excel reads Japanese). Any cell a spreadsheet
     * would take for a formula is neutralised.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeCsv(OutputStream out, LedgerFilter filter) {
        LedgerScope scope = access.current();
        scope.requireAny();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(LedgerColumns.ENTRY_LAYOUT.headers(messages, LedgerColumns.DOCUMENT));
            chunks.forEach(filter, scope, ledger.today(), LEDGER_SHEET, entry -> {
                try {
                    printer.printRecord(columns.entryCells(entry).stream()
                            .map(cell -> cell instanceof String text ? Cells.neutralise(text) : cell == null ? "" : cell)
                            .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.width(column, 16);
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DCE6F1").wrapText(true).set();
        sheet.freezePane(1, 1);
    }

    private static void write(Worksheet sheet, int row, List<Object> cells, boolean ledgerSheet) {
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof Number number) {
                sheet.value(row, column, number);
            } else if (cell != null && !cell.toString().isEmpty()) {
                sheet.value(row, column, cell.toString());
                if (ledgerSheet && MULTI_LINE.contains(LedgerColumns.Entry.values()[column])
                        && cell.toString().contains(LedgerColumns.LINE)) {
                    sheet.style(row, column).wrapText(true).set();
                }
            }
        }
    }

    private static void flushEvery(Worksheet sheet, int row) {
        if (row % FLUSH_ROWS == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
