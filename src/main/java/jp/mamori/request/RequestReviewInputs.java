package jp.mamori.request;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.review.ReviewInput;
import jp.mamori.review.ReviewInputSource;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Data-subject requests by status, and how many are overdue, when the review draft is created. */
@Component
class RequestReviewInputs implements ReviewInputSource {

    private final SubjectRequestService requests;
    private final Messages messages;

    RequestReviewInputs(SubjectRequestService requests, Messages messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RequestStatus status : RequestStatus.values()) {
            counts.put(messages.label(locale, status), requests.count(new SubjectRequestFilter(status, null, null)));
        }
        counts.put(messages.get(locale, "request.review.overdue"), requests.count(new SubjectRequestFilter(null, null, true)));
        return List.of(ReviewInput.ofCounts("request.status", 70, messages.get(locale, "request.review.title"), counts));
    }
}
