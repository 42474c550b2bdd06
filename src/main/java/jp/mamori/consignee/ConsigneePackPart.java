package jp.mamori.consignee;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * The consignees as they stand (the register is a current record) and the evaluations made in
 * the period: one evaluation sheet per assessment, and the same evaluations as a workbook.
 */
@Component
class ConsigneePackPart extends PackPart {

    private final ConsigneeReports reports;
    private final ConsigneeExport export;
    private final Messages messages;

    ConsigneePackPart(ConsigneeReports reports, ConsigneeExport export, Messages messages) {
        super(40, "report.part.consignees");
        this.reports = reports;
        this.export = export;
        this.messages = messages;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        out.pdf(messages.get(locale, "report.part.consignees.evaluations"),
                stream -> reports.writePeriod(stream, period.from(), period.to(), locale));
        out.xlsx("consignee-evaluations", stream -> export.writeEvaluations(stream, period.from(), period.to(), locale));
        out.xlsx("consignees", stream -> export.writeRegister(stream, ConsigneeFilter.none(), locale));
    }
}
