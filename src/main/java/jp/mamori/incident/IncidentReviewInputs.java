package jp.mamori.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.review.ReviewInput;
import jp.mamori.review.ReviewInputSource;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Breaches by status, reportable ones and overdue reports, when the review draft is created. */
@Component
class IncidentReviewInputs implements ReviewInputSource {

    private final IncidentService incidents;
    private final Messages messages;

    IncidentReviewInputs(IncidentService incidents, Messages messages) {
        this.incidents = incidents;
        this.messages = messages;
    }

    @Override
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (IncidentStatus status : IncidentStatus.values()) {
            counts.put(messages.label(locale, status), incidents.count(new IncidentFilter(status, null, null)));
        }
        counts.put(messages.get(locale, "incident.review.overdue"), incidents.count(new IncidentFilter(null, null, true)));
        return List.of(ReviewInput.ofCounts("incident.status", 72, messages.get(locale, "incident.review.title"), counts));
    }
}
