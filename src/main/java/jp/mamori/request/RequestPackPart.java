package jp.mamori.request;

import jp.mamori.report.RegisterPart;
import org.springframework.stereotype.Component;

/** The data-subject requests received within the period. */
@Component
class RequestPackPart extends RegisterPart {

    RequestPackPart(SubjectRequestExport export) {
        super(80, "report.part.requests", "subject-requests",
                (out, locale, period) -> export.write(out, locale, period.from(), period.to()));
    }
}
