package jp.mamori.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Task;
import jp.mamori.home.TaskSource;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;

/** Management reviews still in draft: top management's decisions close them. */
@Component
class ReviewDecisionTasks implements TaskSource {

    private final ManagementReviewRepository reviews;
    private final Messages messages;

    ReviewDecisionTasks(ManagementReviewRepository reviews, Messages messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @Override
    public Role audience() {
        return Role.TOP_MANAGEMENT;
    }

    @Override
    public List<Task> tasksFor(MamoriPrincipal person, Locale locale, LocalDate today) {
        String kind = messages.get(locale, "home.task.reviewDecision");
        return reviews.findAllByOrderByPeriodToDescIdDesc().stream()
                .filter(review -> review.getStatus() == ReviewStatus.DRAFT)
                .map(review -> new Task(kind, JapaneseDates.iso(review.getPeriodFrom()) + " 〜 "
                        + JapaneseDates.iso(review.getPeriodTo()), review.getMeetingDate(),
                        "management-reviews/" + review.getId()))
                .toList();
    }
}
