package jp.mamori.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.review.ReviewInput;
import jp.mamori.review.ReviewInputSource;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Training completion per course, as it stands when the review draft is created. */
@Component
class TrainingReviewInputs implements ReviewInputSource {

    private final TrainingReports reports;
    private final Messages messages;

    TrainingReviewInputs(TrainingReports reports, Messages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (CompletionRow row : reports.completion(AssignmentFilter.none(), locale)) {
            lines.put(messages.get(locale, "training.review.line", row.course(), row.completed(),
                    row.assigned() - row.exempted(), row.overdue()), (long) row.rate());
        }
        return List.of(ReviewInput.ofCounts("training.completion", 60, messages.get(locale, "training.review.title"), lines));
    }
}
