package jp.mamori.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.shared.web.ProblemDetailsAdvice;
import jp.mamori.training.AssignmentFilter;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.AssignmentStatus;
import jp.mamori.training.Attestation;
import jp.mamori.training.CourseTaking;
import jp.mamori.training.QuizPaper;
import jp.mamori.training.QuizResult;
import jp.mamori.training.QuizSubmission;
import jp.mamori.training.TrainingReports;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training assignments: a worker lists and takes their own; a department's manager sees
 * their department's; the privacy manager sees and manages all (enforced in the services).
 */
@RestController
@RequestMapping("/api/v1/training-assignments")
@Tag(name = "Training assignments")
class TrainingAssignmentController {

    private final AssignmentService assignments;
    private final CourseTaking taking;
    private final TrainingReports reports;

    TrainingAssignmentController(AssignmentService assignments, CourseTaking taking, TrainingReports reports) {
        this.assignments = assignments;
        this.taking = taking;
        this.reports = reports;
    }

    record ManualAssignment(long courseId, List<Long> userIds, LocalDate dueOn) {
    }

    record Created(int created) {
    }

    record Answer(long questionId, Set<Integer> choices) {
    }

    record Submission(List<Answer> answers) {
    }

    record SubmissionDto(long id, int attempt, int courseVersion, int score, boolean passed, int correctCount,
                         int questionCount, Instant submittedAt) {

        static SubmissionDto of(QuizSubmission submission) {
            return new SubmissionDto(submission.getId(), submission.getAttempt(), submission.getCourseVersion(),
                    submission.getScore(), submission.isPassed(), submission.getCorrectCount(),
                    submission.getQuestionCount(), submission.getSubmittedAt());
        }
    }

    record Pledge(Integer pledgeVersion, Boolean accepted) {
    }

    record PledgeText(int pledgeVersion, String text) {
    }

    record AttestationDto(long id, long assignmentId, long userId, long courseId, int courseVersion,
                          int pledgeVersion, long submissionId, int score, Instant attestedAt, String clientAddress) {

        static AttestationDto of(Attestation attestation) {
            return new AttestationDto(attestation.getId(), attestation.getAssignment().getId(), attestation.getUserId(),
                    attestation.getCourseId(), attestation.getCourseVersion(), attestation.getPledgeVersion(),
                    attestation.getSubmissionId(), attestation.getScore(), attestation.getAttestedAt(),
                    attestation.getClientAddress());
        }
    }

    record Exemption(Long version, String reason) {
    }

    record VersionOnly(Long version) {
    }

    @GetMapping
    @Operation(summary = "Assignments visible to the caller (own; a manager's departments; all for PRIVACY_MANAGER)")
    List<AssignmentDto> list(@RequestParam(required = false) Long courseId, @RequestParam(required = false) String cycle,
                             @RequestParam(required = false) AssignmentStatus status,
                             @RequestParam(defaultValue = "false") boolean overdue,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "200") int size) {
        AssignmentFilter filter = new AssignmentFilter(courseId, cycle, null, status, overdue, null, null);
        return assignments.page(filter, PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 1000),
                Sort.by("dueOn", "id"))).map(AssignmentDto::of).getContent();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an assignment within the caller's reach")
    AssignmentDto get(@PathVariable long id) {
        return AssignmentDto.of(assignments.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign a course by hand to workers (PRIVACY_MANAGER)")
    Created assign(@RequestBody ManualAssignment body) {
        return new Created(assignments.assign(body.courseId(), body.userIds(), body.dueOn()));
    }

    @GetMapping("/{id}/quiz")
    @Operation(summary = "The test of one's own assignment, without the answers")
    QuizPaper quiz(@PathVariable long id) {
        return taking.paper(id);
    }

    @GetMapping("/{id}/quiz-submissions")
    @Operation(summary = "Submissions of an assignment within the caller's reach")
    List<SubmissionDto> submissions(@PathVariable long id) {
        return taking.submissions(id).stream().map(SubmissionDto::of).toList();
    }

    @PostMapping("/{id}/quiz-submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit answers to one's own test; returns the score and the explanations")
    QuizResult submit(@PathVariable long id, @RequestBody Submission body, HttpServletRequest request) {
        Map<Long, Set<Integer>> answers = new HashMap<>();
        if (body.answers() != null) {
            body.answers().forEach(answer -> answers.merge(answer.questionId(),
                    answer.choices() == null ? Set.of() : answer.choices(), (a, b) -> {
                        throw jp.mamori.shared.RuleViolation.onField("answers", "training.error.badAnswer");
                    }));
        }
        return taking.submit(id, answers, request.getRemoteAddr());
    }

    @GetMapping("/{id}/pledge")
    @Operation(summary = "The pledge to sign for one's own assignment")
    PledgeText pledge(@PathVariable long id) {
        var pledge = taking.pledge(id);
        return new PledgeText(pledge.getVersion(), pledge.getText());
    }

    @GetMapping("/{id}/attestation")
    @Operation(summary = "The attestation of an assignment within the caller's reach")
    AttestationDto attestation(@PathVariable long id) {
        return taking.attestation(id).map(AttestationDto::of).orElseThrow();
    }

    @PostMapping("/{id}/attestation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign the pledge of one's own passed assignment; it can never be changed afterwards")
    AttestationDto attest(@PathVariable long id, @RequestBody Pledge body, HttpServletRequest request) {
        if (body.pledgeVersion() == null) {
            throw jp.mamori.shared.RuleViolation.onField("pledgeVersion", "validation.required");
        }
        return AttestationDto.of(taking.attest(id, body.pledgeVersion(), Boolean.TRUE.equals(body.accepted()),
                request.getRemoteAddr()));
    }

    @PostMapping("/{id}/exemption")
    @Operation(summary = "Exempt a worker with a reason (PRIVACY_MANAGER)")
    AssignmentDto exempt(@PathVariable long id, @RequestBody Exemption body) {
        return AssignmentDto.of(assignments.exempt(id, body.version(), body.reason()));
    }

    @PostMapping("/{id}/extra-attempt")
    @Operation(summary = "Grant one more attempt (the worker's manager or PRIVACY_MANAGER)")
    AssignmentDto grantAttempt(@PathVariable long id, @RequestBody(required = false) VersionOnly body) {
        return AssignmentDto.of(assignments.grantAttempt(id, body == null ? null : body.version()));
    }

    @GetMapping("/{id}/certificate")
    @Operation(summary = "Certificate of completion (PDF) of an assignment within the caller's reach")
    ResponseEntity<byte[]> certificate(@PathVariable long id, HttpServletRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.certificatePdf(id, out, ProblemDetailsAdvice.locale(request));
        return file(out.toByteArray(), MediaType.APPLICATION_PDF, "certificate-" + id + ".pdf");
    }

    @GetMapping("/records.xlsx")
    @Operation(summary = "Training records within the caller's reach as xlsx")
    ResponseEntity<byte[]> records(@RequestParam(required = false) Long courseId,
                                   @RequestParam(required = false) String cycle, HttpServletRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.exportXlsx(new AssignmentFilter(courseId, cycle, null, null, false, null, null), out,
                ProblemDetailsAdvice.locale(request));
        return file(out.toByteArray(), MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "training-records.xlsx");
    }

    @GetMapping("/report.pdf")
    @Operation(summary = "Training report for examiners (PDF) within the caller's reach")
    ResponseEntity<byte[]> report(@RequestParam(required = false) Long courseId,
                                  @RequestParam(required = false) String cycle, HttpServletRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.reportPdf(new AssignmentFilter(courseId, cycle, null, null, false, null, null), out,
                ProblemDetailsAdvice.locale(request));
        return file(out.toByteArray(), MediaType.APPLICATION_PDF, "training-report.pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
