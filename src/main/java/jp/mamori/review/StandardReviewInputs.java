package jp.mamori.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * The inputs every review has whatever features are installed (JIS Q 15001 9.3): how the
 * previous review's decisions and instructions were followed, changes in external and internal
 * issues, and opportunities for improvement, the last two for the privacy manager to write.
 */
@Component
class StandardReviewInputs implements ReviewInputSource {

    private final ManagementReviewRepository reviews;
    private final Messages messages;

    StandardReviewInputs(ManagementReviewRepository reviews, Messages messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @Override
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        List<String> previous = new ArrayList<>();
        reviews.findLatestDecidedBefore(to).ifPresentOrElse(review -> {
            previous.add(messages.get(locale, "review.input.previous.period", review.getPeriodFrom(), review.getPeriodTo()));
            previous.add(messages.get(locale, "review.decisions") + "：");
            previous.add(review.getDecisions());
            if (review.getInstructions() != null) {
                previous.add(messages.get(locale, "review.instructions") + "：");
                previous.add(review.getInstructions());
            }
            previous.add(messages.get(locale, "review.input.previous.status"));
        }, () -> previous.add(messages.get(locale, "review.input.previous.none")));
        return List.of(
                new ReviewInput("review.previous", 10, messages.get(locale, "review.input.previous"), previous),
                new ReviewInput("review.issues", 20, messages.get(locale, "review.input.issues"), List.of()),
                new ReviewInput("review.improvement", 900, messages.get(locale, "review.input.improvement"), List.of()));
    }
}
