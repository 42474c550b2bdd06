package jp.mamori.training;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** The training report and the training records of the assignments that ran within the period. */
@Component
class TrainingPackPart extends PackPart {

    private final TrainingReports reports;
    private final Messages messages;

    TrainingPackPart(TrainingReports reports, Messages messages) {
        super(30, "report.part.training");
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        out.pdf(messages.get(locale, "training.report.title"), stream -> reports.reportPdf(AssignmentFilter.none(),
                period.from(), period.to(), stream, locale));
        out.xlsx("training-records", stream -> reports.exportXlsx(AssignmentFilter.none(),
                period.from(), period.to(), stream, locale));
    }
}
