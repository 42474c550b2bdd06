package jp.mamori.ledger;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** The ledger and its risk analysis as they stand today: a ledger is a current record, not a period's. */
@Component
class LedgerPackPart extends PackPart {

    private final LedgerReport report;
    private final LedgerExport export;
    private final Messages messages;

    LedgerPackPart(LedgerReport report, LedgerExport export, Messages messages) {
        super(10, "report.part.ledger");
        this.report = report;
        this.export = export;
        this.messages = messages;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        out.pdf(messages.get(locale, "ledger.report.title"), stream -> report.write(stream, LedgerFilter.none()));
        out.xlsx("ledger", stream -> export.writeXlsx(stream, LedgerFilter.none()));
    }
}
