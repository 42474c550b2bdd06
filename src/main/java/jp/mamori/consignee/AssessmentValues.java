package jp.mamori.consignee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment as filled in: the template, one answer per criterion (by criterion id), and
 * the decision. Conditions are required when approving with conditions.
 */
public record AssessmentValues(
        @NotNull(message = "{validation.required}") Long templateId,
        @NotNull(message = "{validation.required}") LocalDate assessedOn,
        @NotNull(message = "{validation.required}") List<@Valid Given> answers,
        @NotNull(message = "{validation.required}") AssessmentDecision decision,
        @Size(max = 2000, message = "{validation.maxLength}") String conditions,
        @Size(max = 2000, message = "{validation.maxLength}") String notes) {

    /** The answer to one criterion of the template. */
    public record Given(@NotNull(message = "{validation.required}") Long criterionId,
                        @NotNull(message = "{validation.required}") AnswerLevel answer,
                        @Size(max = Answer.MAX_EVIDENCE, message = "{validation.maxLength}") String evidence) {
    }
}
