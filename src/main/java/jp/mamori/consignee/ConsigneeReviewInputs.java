package jp.mamori.consignee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.review.ReviewInput;
import jp.mamori.review.ReviewInputSource;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;

/**
 * The state of consignee supervision for the management review: evaluations made in the
 * period with their decisions, and, as of today, evaluations overdue, suspended consignees and
 * consignees with a lapsed certification.
 */
@Component
class ConsigneeReviewInputs implements ReviewInputSource {

    private final AssessmentService assessments;
    private final Messages messages;

    ConsigneeReviewInputs(AssessmentService assessments, Messages messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @Override
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        EvaluationCounts counts = assessments.counts(from, to);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(locale, "consignee.review.summary", counts.evaluated(), counts.rejected(),
                counts.supervised(), counts.overdue(), counts.suspended(), counts.certificationLapsed()));
        for (Assessment assessment : assessments.inPeriod(from, to)) {
            lines.add("・" + JapaneseDates.iso(assessment.getAssessedOn()) + " " + assessment.getConsignee().getName()
                    + " " + assessment.getTemplateName() + "：" + assessment.getScore() + "%（"
                    + messages.label(locale, assessment.getDecision()) + "）");
        }
        return List.of(new ReviewInput("consignee.status", 50, messages.get(locale, "consignee.review.title"), lines));
    }
}
