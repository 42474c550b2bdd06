package jp.mamori.consignee.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.consignee.Answer;
import jp.mamori.consignee.AnswerLevel;
import jp.mamori.consignee.Assessment;
import jp.mamori.consignee.AssessmentDecision;
import jp.mamori.consignee.TemplateKind;

/** An assessment as the API shows it; {@code answers} only when one assessment is asked for. */
public record AssessmentDto(Long id, String templateName, TemplateKind kind, LocalDate assessedOn, int passMark,
                            BigDecimal score, boolean passed, AssessmentDecision decision, String conditions,
                            String notes, String decidedBy, String decidedByName, Instant decidedAt,
                            LocalDate nextDue, List<AnswerDto> answers) {

    /** One answer with the criterion as it was when assessed. */
    public record AnswerDto(int position, String criterion, int weight, AnswerLevel answer, String evidence) {
    }

    static AssessmentDto summary(Assessment assessment) {
        return of(assessment, null);
    }

    static AssessmentDto full(Assessment assessment) {
        return of(assessment, assessment.getAnswers().stream().map(AssessmentDto::answer).toList());
    }

    private static AssessmentDto of(Assessment a, List<AnswerDto> answers) {
        return new AssessmentDto(a.getId(), a.getTemplateName(), a.getKind(), a.getAssessedOn(), a.getPassMark(),
                a.getScore(), a.isPassed(), a.getDecision(), a.getConditions(), a.getNotes(), a.getDecidedBy(),
                a.getDecidedByName(), a.getDecidedAt(), a.getNextDue(), answers);
    }

    private static AnswerDto answer(Answer answer) {
        return new AnswerDto(answer.getPosition(), answer.getCriterion(), answer.getWeight(), answer.getAnswer(),
                answer.getEvidence());
    }
}
