package jp.mamori.audit;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** The corrective actions that ran within the period, as a table and as a register. */
@Component
class CorrectiveActionPackPart extends PackPart {

    private final CorrectiveActionExport export;
    private final Messages messages;

    CorrectiveActionPackPart(CorrectiveActionExport export, Messages messages) {
        super(60, "report.part.correctiveActions");
        this.export = export;
        this.messages = messages;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        String title = messages.get(locale, titleKey());
        out.pdf(title, stream -> export.writePdf(period.startInstant(), period.endInstant(), stream, locale));
        out.xlsx("corrective-actions",
                stream -> export.writeXlsx(period.startInstant(), period.endInstant(), stream, locale));
    }
}
