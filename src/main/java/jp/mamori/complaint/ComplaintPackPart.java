package jp.mamori.complaint;

import jp.mamori.report.RegisterPart;
import org.springframework.stereotype.Component;

/** The complaints and consultations received within the period. */
@Component
class ComplaintPackPart extends RegisterPart {

    ComplaintPackPart(ComplaintExport export) {
        super(90, "report.part.complaints", "complaints",
                (out, locale, period) -> export.write(out, locale, period.from(), period.to()));
    }
}
