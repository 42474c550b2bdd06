package jp.mamori.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Task;
import jp.mamori.home.TaskSource;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;

/** Management reviews still in draft: top management's decisions close them. */
@Component
class ReviewDecisionTasks implements TaskSource {

    private final ManagementReviewRepository reviews;

    ReviewDecisionTasks(ManagementReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public Role audience() {
        return Role.TOP_MANAGEMENT;
    }

    @Override
    public List<Task> tasksFor(MamoriPrincipal person, Locale locale, LocalDate today) {
        return reviews.findAllByOrderByPeriodToDescIdDesc().stream()
                .filter(review -> review.getStatus() == ReviewStatus.DRAFT)
                .map(review -> new Task("home.task.reviewDecision", JapaneseDates.iso(review.getPeriodFrom()) + " 〜 "
                        + JapaneseDates.iso(review.getPeriodTo()), review.getMeetingDate(),
                        "management-reviews/" + review.getId()))
                .toList();
    }
}
