package jp.mamori.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import jp.mamori.audit.AuditEvidence;
import jp.mamori.audit.AuditEvidenceService;
import jp.mamori.audit.AuditReport;
import jp.mamori.audit.AuditService;
import jp.mamori.audit.ChecklistItem;
import jp.mamori.audit.ClauseQuestion;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.api.AuditDtos.AcknowledgementRequest;
import jp.mamori.audit.api.AuditDtos.AuditDto;
import jp.mamori.audit.api.AuditDtos.AuditRequest;
import jp.mamori.audit.api.AuditDtos.CancellationRequest;
import jp.mamori.audit.api.AuditDtos.ChecklistAddition;
import jp.mamori.audit.api.AuditDtos.ChecklistAnswerRequest;
import jp.mamori.audit.api.AuditDtos.ChecklistItemDto;
import jp.mamori.audit.api.AuditDtos.ReportRequest;
import jp.mamori.shared.web.FileResponses;
import jp.mamori.shared.web.ProblemDetailsAdvice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The audit programme and the conduct of audits; roles are enforced by the services. */
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "Internal audits")
class AuditController {

    private final AuditService audits;
    private final AuditEvidenceService evidence;
    private final FindingService findings;
    private final AuditReport report;

    AuditController(AuditService audits, AuditEvidenceService evidence, FindingService findings, AuditReport report) {
        this.audits = audits;
        this.evidence = evidence;
        this.findings = findings;
        this.report = report;
    }

    @GetMapping
    @Operation(summary = "The programme of a fiscal year (default: the current one) as far as the caller may see it")
    List<AuditDto> programme(@RequestParam(required = false) Integer fiscalYear) {
        int year = fiscalYear == null ? audits.currentFiscalYear() : fiscalYear;
        return audits.programme(year).stream().map(audit -> AuditDto.of(audit, null, null)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan an audit (AUDITOR); no member of the team may belong to an audited department")
    AuditDto plan(@Valid @RequestBody AuditRequest body) {
        return full(audits.plan(null, null, body.plan()).getId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An audit with its checklist and findings")
    AuditDto get(@PathVariable long id) {
        return full(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the plan of an audit not yet reported (AUDITOR); send the version you read")
    AuditDto replan(@PathVariable long id, @Valid @RequestBody AuditRequest body) {
        return full(audits.plan(id, body.version(), body.plan()).getId());
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel a planned audit with a reason (AUDITOR)")
    AuditDto cancel(@PathVariable long id, @Valid @RequestBody CancellationRequest body) {
        return full(audits.cancel(id, body.version(), body.reason()).getId());
    }

    @PostMapping("/{id}/checklist")
    @Operation(summary = "Add safeguard catalogue items (by code) and clauses of the standard to the checklist (audit team)")
    List<ChecklistItemDto> addToChecklist(@PathVariable long id, @Valid @RequestBody ChecklistAddition body) {
        audits.extendChecklist(id, body.safeguardCodes(), body.clauses() == null ? List.of()
                : body.clauses().stream().map(c -> new ClauseQuestion(c.clauseRef(), c.question())).toList());
        return audits.checklist(id).stream().map(ChecklistItemDto::of).toList();
    }

    @PutMapping("/{id}/checklist/{itemId}")
    @Operation(summary = "Answer a checklist question: CONFORM, NONCONFORM, OBSERVATION or NOT_APPLICABLE (audit team)")
    ChecklistItemDto answer(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ChecklistAnswerRequest body) {
        requireInAudit(id, itemId);
        return ChecklistItemDto.of(audits.answer(itemId, body.version(), body.answer(), body.notes(), body.evidence()));
    }

    @DeleteMapping("/{id}/checklist/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an unanswered question from the checklist (audit team)")
    void remove(@PathVariable long id, @PathVariable long itemId) {
        requireInAudit(id, itemId);
        audits.removeChecklistItem(itemId);
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "Issue the report with its conclusion (lead auditor); locks the checklist and findings")
    AuditDto issueReport(@PathVariable long id, @Valid @RequestBody ReportRequest body) {
        return full(audits.issueReport(id, body.version(), body.conductedOn(), body.conclusion()).getId());
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "The audit report as PDF (a draft until issued)")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, HttpServletRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(id, out, ProblemDetailsAdvice.locale(request));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("audit-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(out.toByteArray());
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge the issued report (manager of an audited department)")
    AuditDto acknowledge(@PathVariable long id, @Valid @RequestBody AcknowledgementRequest body) {
        return full(audits.acknowledge(id, body.version(), body.comment()).getId());
    }

    private AuditDto full(long id) {
        return AuditDto.of(audits.get(id), audits.checklist(id),
                findings.forAudit(id).stream().map(FindingDtos.FindingDto::of).toList());
    }

    @GetMapping("/{id}/checklist/{itemId}/evidence")
    @Operation(summary = "Evidence files of a checklist answer")
    List<EvidenceDto> evidence(@PathVariable long id, @PathVariable long itemId) {
        requireInAudit(id, itemId);
        return evidence.files(itemId).stream().map(EvidenceDto::of).toList();
    }

    @PostMapping(path = "/{id}/checklist/{itemId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file to a checklist answer (audit team; PDF, PNG, JPEG, pptx, docx or xlsx, "
            + "type checked by content)")
    EvidenceDto attach(@PathVariable long id, @PathVariable long itemId, @RequestParam("file") MultipartFile file)
            throws IOException {
        requireInAudit(id, itemId);
        return EvidenceDto.of(evidence.attach(itemId, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/evidence/{evidenceId}")
    @Operation(summary = "Download an audit evidence file as an attachment, after verifying its SHA-256")
    ResponseEntity<byte[]> downloadEvidence(@PathVariable long evidenceId) {
        AuditEvidenceService.Download download = evidence.download(evidenceId);
        return FileResponses.attachment(download.file().getFileName(), download.file().getContentType(),
                download.content());
    }

    /** An evidence file as listed: its checksum lets an examiner verify a copy. */
    record EvidenceDto(long id, long checklistItemId, String fileName, String contentType, long size, String sha256,
                       String uploadedBy, Instant uploadedAt) {

        static EvidenceDto of(AuditEvidence file) {
            return new EvidenceDto(file.getId(), file.getChecklistItemId(), file.getFileName(), file.getContentType(),
                    file.getSizeBytes(), file.getSha256(), file.getUploadedBy(), file.getUploadedAt());
        }
    }

    private void requireInAudit(long auditId, long itemId) {
        if (audits.checklist(auditId).stream().map(ChecklistItem::getId).noneMatch(id -> id == itemId)) {
            throw new NoSuchElementException("Checklist item " + itemId + " is not part of audit " + auditId);
        }
    }
}
