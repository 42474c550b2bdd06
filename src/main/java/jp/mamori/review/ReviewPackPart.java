package jp.mamori.review;

import java.util.Comparator;
import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;

/** The minutes of every management review whose reviewed period overlaps the pack's. */
@Component
class ReviewPackPart extends PackPart {

    private final ManagementReviewService reviews;
    private final ManagementReviewMinutes minutes;

    ReviewPackPart(ManagementReviewService reviews, ManagementReviewMinutes minutes) {
        super(70, "report.part.managementReviews");
        this.reviews = reviews;
        this.minutes = minutes;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        reviews.list().stream()
                .filter(review -> period.overlaps(review.getPeriodFrom(), review.getPeriodTo()))
                .sorted(Comparator.comparing(ManagementReview::getPeriodFrom))
                .forEach(review -> out.pdf(JapaneseDates.iso(review.getPeriodFrom()) + " 〜 "
                        + JapaneseDates.iso(review.getPeriodTo()), stream -> minutes.write(review.getId(), stream, locale)));
    }
}
