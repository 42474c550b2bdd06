package jp.mamori.consignee.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import jp.mamori.consignee.Assessment;
import jp.mamori.consignee.AssessmentService;
import jp.mamori.consignee.AssessmentTemplateService;
import jp.mamori.consignee.AssessmentValues;
import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeReports;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.shared.i18n.Messages;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consignees and their assessments: privacy managers and administrators write; auditors and
 * top management read.
 */
@RestController
@RequestMapping("/api/v1/consignees")
@Tag(name = "Consignees")
class ConsigneeController {

    private final ConsigneeService consignees;
    private final AssessmentService assessments;
    private final AssessmentTemplateService templates;
    private final ConsigneeReports reports;

    ConsigneeController(ConsigneeService consignees, AssessmentService assessments,
                        AssessmentTemplateService templates, ConsigneeReports reports) {
        this.consignees = consignees;
        this.assessments = assessments;
        this.templates = templates;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "List consignees, paged (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    PagedModel<ConsigneeDto> list(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) ConsigneeStatus status,
                                  @RequestParam(required = false) Boolean active,
                                  @RequestParam(required = false) Boolean evaluationOverdue,
                                  @RequestParam(required = false) Boolean certificationExpiring,
                                  @RequestParam(required = false) Boolean certificationLapsed,
                                  @RequestParam(required = false) Boolean specialCare,
                                  @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC)
                                  Pageable pageable) {
        return new PagedModel<>(consignees.page(new ConsigneeFilter(q, status, active, evaluationOverdue,
                certificationExpiring, certificationLapsed, specialCare), pageable).map(ConsigneeDto::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a consignee (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    ConsigneeDto get(@PathVariable long id) {
        return ConsigneeDto.of(consignees.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a consignee (ADMIN, PRIVACY_MANAGER)")
    ConsigneeDto create(@Valid @RequestBody ConsigneeDto body) {
        return ConsigneeDto.of(consignees.save(null, null, body.values()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a consignee (ADMIN, PRIVACY_MANAGER); send the version you read")
    ConsigneeDto update(@PathVariable long id, @Valid @RequestBody ConsigneeDto body) {
        return ConsigneeDto.of(consignees.save(id, body.version(), body.values()));
    }

    @GetMapping("/{id}/assessments")
    @Operation(summary = "A consignee's assessments, newest first, without answers (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    List<AssessmentDto> assessments(@PathVariable long id) {
        consignees.get(id);
        return assessments.history(id).stream().map(AssessmentDto::summary).toList();
    }

    @GetMapping("/{id}/assessments/{assessmentId}")
    @Operation(summary = "One assessment with its answers (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    AssessmentDto assessment(@PathVariable long id, @PathVariable long assessmentId) {
        return AssessmentDto.full(ofConsignee(id, assessmentId));
    }

    @GetMapping(value = "/{id}/assessments/{assessmentId}/sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The evaluation sheet of an assessment as PDF (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    ResponseEntity<byte[]> sheet(@PathVariable long id, @PathVariable long assessmentId, Locale locale) {
        ofConsignee(id, assessmentId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeSheet(out, assessmentId, Messages.supported(locale));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation-" + assessmentId + ".pdf\"")
                .body(out.toByteArray());
    }

    @PostMapping("/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an assessment and its decision (ADMIN, PRIVACY_MANAGER); answers name criterion ids of the template")
    AssessmentDto assess(@PathVariable long id, @Valid @RequestBody AssessmentValues body) {
        return AssessmentDto.full(assessments.get(assessments.record(id, body).getId()));
    }

    @GetMapping("/assessment-templates")
    @Operation(summary = "Assessment templates with their criteria (ADMIN, PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    List<TemplateDto> templates() {
        return templates.list().stream().map(TemplateDto::of).toList();
    }

    private Assessment ofConsignee(long consigneeId, long assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        if (!assessment.getConsignee().getId().equals(consigneeId)) {
            throw new NoSuchElementException();
        }
        return assessment;
    }
}
