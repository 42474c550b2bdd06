package jp.mamori.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import jp.mamori.audit.AuditService;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.api.FindingDtos.ClosureRequest;
import jp.mamori.audit.api.FindingDtos.FindingDto;
import jp.mamori.audit.api.FindingDtos.FindingRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Findings of audits; a nonconformity is recorded together with its corrective action. */
@RestController
@RequestMapping("/api/v1/findings")
@Tag(name = "Audit findings")
class FindingController {

    private final FindingService findings;
    private final AuditService audits;

    FindingController(FindingService findings, AuditService audits) {
        this.findings = findings;
        this.audits = audits;
    }

    @GetMapping
    @Operation(summary = "Findings of an audit (auditId), or of a fiscal year's audits (AUDITOR, PRIVACY_MANAGER, TOP_MANAGEMENT)")
    List<FindingDto> list(@RequestParam(required = false) Long auditId, @RequestParam(required = false) Integer fiscalYear) {
        List<FindingService.Entry> entries = auditId != null ? findings.forAudit(auditId)
                : findings.board(fiscalYear == null ? audits.currentFiscalYear() : fiscalYear);
        return entries.stream().map(FindingDto::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a finding (audit team); a major or minor nonconformity raises its corrective action")
    FindingDto record(@Valid @RequestBody FindingRequest body) {
        return FindingDto.of(findings.get(findings.record(body.auditId(), body.values()).finding().getId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A finding with its corrective action's state")
    FindingDto get(@PathVariable long id) {
        return FindingDto.of(findings.get(id));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close an observation or opportunity for improvement with a note (AUDITOR, PRIVACY_MANAGER)")
    FindingDto close(@PathVariable long id, @Valid @RequestBody ClosureRequest body) {
        findings.close(id, body.version(), body.note());
        return FindingDto.of(findings.get(id));
    }
}
