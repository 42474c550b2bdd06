package jp.mamori.consignee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A template as edited: its criteria in order, each kept by id or new (null id). */
public record TemplateValues(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String name,
        @NotNull(message = "{validation.required}") TemplateKind kind,
        @Min(value = 0, message = "{consignee.validation.passMark}")
        @Max(value = 100, message = "{consignee.validation.passMark}") int passMark,
        @Min(value = 1, message = "{consignee.validation.reevaluationMonths}")
        @Max(value = 60, message = "{consignee.validation.reevaluationMonths}") int reevaluationMonths,
        boolean active,
        @NotEmpty(message = "{consignee.validation.noCriteria}") List<@Valid Line> criteria) {

    public record Line(Long id,
                       @NotBlank(message = "{validation.required}")
                       @Size(max = Criterion.MAX_TEXT, message = "{validation.maxLength}") String text,
                       @Min(value = 1, message = "{consignee.validation.weight}")
                       @Max(value = Criterion.MAX_WEIGHT, message = "{consignee.validation.weight}") int weight) {
    }

    public static TemplateValues of(AssessmentTemplate template) {
        return new TemplateValues(template.getName(), template.getKind(), template.getPassMark(),
                template.getReevaluationMonths(), template.isActive(), template.getCriteria().stream()
                .map(c -> new Line(c.getId(), c.getText(), c.getWeight())).toList());
    }
}
