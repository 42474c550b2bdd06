package jp.mamori.audit;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The report of every audit conducted (or planned) within the period. */
@Component
class AuditPackPart extends PackPart {

    private final AuditRepository audits;
    private final AuditReport report;

    AuditPackPart(AuditRepository audits, AuditReport report) {
        super(50, "report.part.audits");
        this.audits = audits;
        this.report = report;
    }

    @Override
    @Transactional(readOnly = true)
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        for (Audit audit : audits.findInPeriod(period.from(), period.to())) {
            String day = JapaneseDates.iso(audit.getConductedOn() != null ? audit.getConductedOn() : audit.getPlannedDate());
            out.pdf(day + " " + audit.subject(), stream -> report.write(audit.getId(), stream, locale));
        }
    }
}
