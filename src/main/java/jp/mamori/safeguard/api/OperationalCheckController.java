package jp.mamori.safeguard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import jp.mamori.safeguard.CheckAnswer;
import jp.mamori.safeguard.EvidenceFile;
import jp.mamori.safeguard.EvidenceService;
import jp.mamori.safeguard.OperationalCheckService;
import jp.mamori.safeguard.api.CheckDtos.AnswerDto;
import jp.mamori.safeguard.api.CheckDtos.AnswerRequest;
import jp.mamori.safeguard.api.CheckDtos.CheckDto;
import jp.mamori.safeguard.api.CheckDtos.CompleteFollowUp;
import jp.mamori.safeguard.api.CheckDtos.CreateCheck;
import jp.mamori.safeguard.api.CheckDtos.EvidenceDto;
import jp.mamori.safeguard.api.CheckDtos.FollowUpDto;
import jp.mamori.shared.web.FileResponses;
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
import org.springframework.web.multipart.MultipartFile;

/** Operational checks: privacy managers start them; checkers and item owners answer and attach evidence. */
@RestController
@RequestMapping("/api/v1/operational-checks")
@Tag(name = "Operational checks")
class OperationalCheckController {

    private final OperationalCheckService checks;
    private final EvidenceService evidence;

    OperationalCheckController(OperationalCheckService checks, EvidenceService evidence) {
        this.checks = checks;
        this.evidence = evidence;
    }

    @GetMapping
    @Operation(summary = "Checks visible to the caller (all for PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT; else those one takes part in)")
    List<CheckDto> list() {
        return checks.list().stream().map(check -> CheckDto.of(check, null)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a check of a department with the items due in the periods containing asOf (PRIVACY_MANAGER)")
    CheckDto create(@Valid @RequestBody CreateCheck body) {
        long id = checks.create(body.departmentId(), body.checkerId(), body.asOf()).getId();
        return CheckDto.of(checks.get(id), checks.answers(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A check with its answers")
    CheckDto get(@PathVariable long id) {
        return CheckDto.of(checks.get(id), checks.answers(id));
    }

    @GetMapping("/mine")
    @Operation(summary = "Items the caller still has to answer, as checker or item owner")
    List<AnswerDto> mine() {
        return checks.pendingForMe().stream().map(AnswerDto::of).toList();
    }

    @PutMapping("/{id}/answers/{answerId}")
    @Operation(summary = "Answer an item: MET, NOT_MET (opens a follow-up) or NOT_APPLICABLE (with a reason); send the version you read")
    AnswerDto answer(@PathVariable long id, @PathVariable long answerId, @Valid @RequestBody AnswerRequest body) {
        requireInCheck(id, answerId);
        return AnswerDto.of(checks.answer(answerId, body.version(), body.values()));
    }

    @GetMapping("/{id}/answers/{answerId}/evidence")
    @Operation(summary = "Evidence files of an answer")
    List<EvidenceDto> evidence(@PathVariable long id, @PathVariable long answerId) {
        requireInCheck(id, answerId);
        return evidence.forAnswer(answerId).stream().map(EvidenceDto::of).toList();
    }

    @PostMapping(path = "/{id}/answers/{answerId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file (PDF, PNG, JPEG, GIF, xlsx, docx, pptx, CSV or text; type checked by content)")
    EvidenceDto upload(@PathVariable long id, @PathVariable long answerId, @RequestParam("file") MultipartFile file)
            throws IOException {
        requireInCheck(id, answerId);
        return EvidenceDto.of(evidence.upload(answerId, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/evidence/{evidenceId}")
    @Operation(summary = "Download an evidence file as an attachment, after verifying its SHA-256")
    ResponseEntity<byte[]> download(@PathVariable long evidenceId) {
        EvidenceFile file = evidence.download(evidenceId);
        return FileResponses.attachment(file.fileName(), file.contentType(), file.content());
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "Open follow-ups (all for PRIVACY_MANAGER, AUDITOR, TOP_MANAGEMENT; else one's own)")
    List<FollowUpDto> followUps() {
        return checks.openFollowUps().stream().map(FollowUpDto::of).toList();
    }

    @PutMapping("/follow-ups/{followUpId}/done")
    @Operation(summary = "Mark a follow-up done with a note (its owner or a PRIVACY_MANAGER)")
    FollowUpDto complete(@PathVariable long followUpId, @Valid @RequestBody CompleteFollowUp body) {
        return FollowUpDto.of(checks.completeFollowUp(followUpId, body.version(), body.note()));
    }

    private void requireInCheck(long checkId, long answerId) {
        CheckAnswer answer = checks.answer(answerId);
        if (answer.getCheck().getId() != checkId) {
            throw new java.util.NoSuchElementException("Answer " + answerId + " is not part of check " + checkId);
        }
    }
}
