package jp.mamori.incident;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.RegisterPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;

/** The breaches learned of within the period: the register, and the report draft of each. */
@Component
class IncidentPackPart extends RegisterPart {

    private final IncidentRepository incidents;
    private final IncidentReport report;

    IncidentPackPart(IncidentExport export, IncidentRepository incidents, IncidentReport report) {
        super(100, "report.part.incidents", "incidents",
                (out, locale, period) -> export.write(out, locale, period.from(), period.to()));
        this.incidents = incidents;
        this.report = report;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        super.write(period, locale, out);
        incidents.findAllByOrderByLearnedOnAscIdAsc().stream()
                .filter(incident -> period.contains(incident.getLearnedOn()))
                .forEach(incident -> out.pdf(JapaneseDates.iso(incident.getLearnedOn()) + " " + incident.getTitle(),
                        stream -> report.write(incident.getId(), stream, locale)));
    }
}
