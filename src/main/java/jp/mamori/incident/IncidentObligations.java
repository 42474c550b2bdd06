package jp.mamori.incident;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The PPC report deadlines of reportable breaches: legal deadlines, hence critical. */
@Component
class IncidentObligations implements ObligationSource {

    static final String PRELIMINARY = "incident.preliminary";
    static final String FINAL = "incident.final";

    private final IncidentRepository incidents;

    IncidentObligations(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        Stream<Obligation> preliminary = incidents
                .findByReportableTrueAndPreliminaryReportedOnIsNullAndPreliminaryReportDueLessThanEqual(horizon).stream()
                .map(incident -> obligation(PRELIMINARY, incident, incident.getPreliminaryReportDue()));
        Stream<Obligation> last = incidents
                .findByReportableTrueAndFinalReportedOnIsNullAndFinalReportDueLessThanEqual(horizon).stream()
                .map(incident -> obligation(FINAL, incident, incident.getFinalReportDue()));
        return Stream.concat(preliminary, last);
    }

    private static Obligation obligation(String kind, Incident incident, LocalDate due) {
        return new Obligation(kind, String.valueOf(incident.getId()), incident.getTitle(),
                incident.getHandler() == null ? null : incident.getHandler().getId(), null, due,
                "incidents/" + incident.getId(), Severity.CRITICAL);
    }
}
