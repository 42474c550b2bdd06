package jp.mamori.consignee;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The templates consignees are assessed against; privacy managers edit them. */
@Service
@Validated
public class AssessmentTemplateService {

    private final TemplateRepository templates;

    AssessmentTemplateService(TemplateRepository templates) {
        this.templates = templates;
    }

    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public List<AssessmentTemplate> list() {
        return initialised(templates.findAllByOrderByKindAscNameAscIdAsc());
    }

    /** The templates offered for a new assessment. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public List<AssessmentTemplate> active() {
        return initialised(templates.findByActiveTrueOrderByKindAscNameAscIdAsc());
    }

    /** The oldest active template of the kind: the shipped default unless it was retired. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public Optional<AssessmentTemplate> standard(TemplateKind kind) {
        Optional<AssessmentTemplate> found = templates.findFirstByActiveTrueAndKindOrderByIdAsc(kind);
        found.ifPresent(AssessmentTemplate::getCriteria);
        return found;
    }

    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public AssessmentTemplate get(long id) {
        AssessmentTemplate template = templates.findById(id).orElseThrow();
        template.getCriteria();
        return template;
    }

    /** Creates (null id) or updates a template; send the version you read. */
    @PreAuthorize(ConsigneeService.KEEPERS)
    @Transactional
    public AssessmentTemplate save(Long id, Long expectedVersion, @Valid TemplateValues values) {
        AssessmentTemplate template = id == null ? new AssessmentTemplate() : templates.findById(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            StaleRecordException.check(template, expectedVersion);
        }
        template.apply(values);
        AssessmentTemplate saved = templates.saveAndFlush(template);
        saved.getCriteria();
        return saved;
    }

    private static List<AssessmentTemplate> initialised(List<AssessmentTemplate> found) {
        found.forEach(AssessmentTemplate::getCriteria);
        return found;
    }
}
