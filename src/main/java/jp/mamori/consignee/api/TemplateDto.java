package jp.mamori.consignee.api;

import java.util.List;
import jp.mamori.consignee.AssessmentTemplate;
import jp.mamori.consignee.TemplateKind;

/** An assessment template with its criteria, whose ids an assessment answers. */
public record TemplateDto(Long id, Long version, String name, TemplateKind kind, int passMark, int reevaluationMonths,
                          boolean active, List<CriterionDto> criteria) {

    public record CriterionDto(Long id, int position, String text, int weight) {
    }

    static TemplateDto of(AssessmentTemplate template) {
        return new TemplateDto(template.getId(), template.getVersion(), template.getName(), template.getKind(),
                template.getPassMark(), template.getReevaluationMonths(), template.isActive(),
                template.getCriteria().stream()
                        .map(c -> new CriterionDto(c.getId(), c.getPosition(), c.getText(), c.getWeight())).toList());
    }
}
