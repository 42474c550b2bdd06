package jp.mamori.complaint;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.review.ReviewInput;
import jp.mamori.review.ReviewInputSource;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Complaints and consultations by stage, when the review draft is created. */
@Component
class ComplaintReviewInputs implements ReviewInputSource {

    private final ComplaintService complaints;
    private final Messages messages;

    ComplaintReviewInputs(ComplaintService complaints, Messages messages) {
        this.complaints = complaints;
        this.messages = messages;
    }

    @Override
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ComplaintStage stage : ComplaintStage.values()) {
            counts.put(messages.label(locale, stage), complaints.count(new ComplaintFilter(stage, null, null)));
        }
        return List.of(ReviewInput.ofCounts("complaint.stage", 71, messages.get(locale, "complaint.review.title"), counts));
    }
}
