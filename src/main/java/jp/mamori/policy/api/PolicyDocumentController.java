package jp.mamori.policy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import jp.mamori.policy.PolicyReports;
import jp.mamori.policy.PolicyService;
import jp.mamori.policy.api.PolicyDtos.AcknowledgementsDto;
import jp.mamori.policy.api.PolicyDtos.ApprovalDto;
import jp.mamori.policy.api.PolicyDtos.DocumentDto;
import jp.mamori.policy.api.PolicyDtos.Draft;
import jp.mamori.policy.api.PolicyDtos.NewDocument;
import jp.mamori.policy.api.PolicyDtos.PendingDto;
import jp.mamori.policy.api.PolicyDtos.Step;
import jp.mamori.policy.api.PolicyDtos.Titles;
import jp.mamori.policy.api.PolicyDtos.VersionDto;
import jp.mamori.shared.web.ProblemDetailsAdvice;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy documents and their versions. PRIVACY_MANAGER drafts, submits and publishes;
 * TOP_MANAGEMENT approves or returns; AUDITOR reads; every worker reads published versions and
 * acknowledges the one in force (enforced in the service).
 */
@RestController
@RequestMapping("/api/v1/policy-documents")
@Tag(name = "Policy documents")
class PolicyDocumentController {

    private final PolicyService policies;
    private final PolicyReports reports;

    PolicyDocumentController(PolicyService policies, PolicyReports reports) {
        this.policies = policies;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "List the documents (everyone signed in)")
    List<DocumentDto> list() {
        return policies.documents().stream().map(document -> DocumentDto.of(document, null)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a document with its first draft (PRIVACY_MANAGER)")
    VersionDto create(@RequestBody NewDocument body) {
        return VersionDto.of(policies.create(body.kind(), body.titleJa(), body.titleEn(), body.text()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document with its versions, newest first (drafts for PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT only)")
    DocumentDto get(@PathVariable long id) {
        return DocumentDto.of(policies.document(id), policies.versions(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the titles (PRIVACY_MANAGER); send the version you read")
    DocumentDto rename(@PathVariable long id, @RequestBody Titles body) {
        return DocumentDto.of(policies.rename(id, body.version(), body.titleJa(), body.titleEn()), null);
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start the next version from the latest published text (PRIVACY_MANAGER)")
    VersionDto revise(@PathVariable long id) {
        return VersionDto.of(policies.revise(id));
    }

    @GetMapping("/versions/{versionId}")
    @Operation(summary = "A version (drafts for PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT only)")
    VersionDto version(@PathVariable long versionId) {
        return VersionDto.of(policies.version(versionId));
    }

    @PutMapping("/versions/{versionId}")
    @Operation(summary = "Change a draft's text (PRIVACY_MANAGER); send the version you read")
    VersionDto saveDraft(@PathVariable long versionId, @RequestBody Draft body) {
        return VersionDto.of(policies.saveDraft(versionId, body.version(), body.text()));
    }

    @PostMapping("/versions/{versionId}/submit")
    @Operation(summary = "Submit a draft for approval (PRIVACY_MANAGER)")
    VersionDto submit(@PathVariable long versionId, @RequestBody(required = false) Step body) {
        return VersionDto.of(policies.submit(versionId, step(body).version()));
    }

    @PostMapping("/versions/{versionId}/approve")
    @Operation(summary = "Approve a submitted version (TOP_MANAGEMENT), with an optional comment")
    VersionDto approve(@PathVariable long versionId, @RequestBody(required = false) Step body) {
        return VersionDto.of(policies.approve(versionId, step(body).version(), step(body).comment()));
    }

    @PostMapping("/versions/{versionId}/return")
    @Operation(summary = "Return a submitted version to draft (TOP_MANAGEMENT); the comment is required")
    VersionDto returnForChanges(@PathVariable long versionId, @RequestBody Step body) {
        return VersionDto.of(policies.returnForChanges(versionId, body.version(), body.comment()));
    }

    @PostMapping("/versions/{versionId}/publish")
    @Operation(summary = "Publish an approved version from effectiveOn, today by default (PRIVACY_MANAGER)")
    VersionDto publish(@PathVariable long versionId, @RequestBody(required = false) Step body) {
        return VersionDto.of(policies.publish(versionId, step(body).version(), step(body).effectiveOn()));
    }

    @GetMapping("/versions/{versionId}/approvals")
    @Operation(summary = "Approval records of a version (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    List<ApprovalDto> approvals(@PathVariable long versionId) {
        return policies.approvals(versionId).stream().map(ApprovalDto::of).toList();
    }

    @PostMapping("/versions/{versionId}/acknowledgement")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Acknowledge the version in force as the caller")
    Instant acknowledge(@PathVariable long versionId) {
        return policies.acknowledge(versionId).getAcknowledgedAt();
    }

    @GetMapping("/versions/{versionId}/acknowledgements")
    @Operation(summary = "Which workers acknowledged a version (PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT)")
    AcknowledgementsDto acknowledgements(@PathVariable long versionId) {
        return AcknowledgementsDto.of(policies.acknowledgements(versionId));
    }

    @GetMapping("/versions/{versionId}/pdf")
    @Operation(summary = "A version as PDF, in the caller's language")
    ResponseEntity<byte[]> pdf(@PathVariable long versionId, HttpServletRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.versionPdf(versionId, out, ProblemDetailsAdvice.locale(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("policy-" + versionId + ".pdf").build().toString())
                .body(out.toByteArray());
    }

    @GetMapping("/acknowledgements/pending")
    @Operation(summary = "The versions in force the caller has not acknowledged yet")
    List<PendingDto> pending() {
        return policies.myPending().stream().map(PendingDto::of).toList();
    }

    private static Step step(Step body) {
        return body == null ? Step.none() : body;
    }
}
