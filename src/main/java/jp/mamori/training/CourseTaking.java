package jp.mamori.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.mamori.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker taking their own course: read, answer the test, see the result with the
 * explanations, and once passed sign the pledge. Each assignment is locked while a
 * submission or an attestation is recorded, so a double click or a retried request can
 * neither count an attempt twice nor sign twice.
 */
@Service
public class CourseTaking {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final AttestationRepository attestations;
    private final TrainingAccess access;
    private final QuestionSets questionSets;
    private final Clock clock;

    CourseTaking(AssignmentRepository assignments, SubmissionRepository submissions,
                 AttestationRepository attestations, TrainingAccess access, QuestionSets questionSets, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.attestations = attestations;
        this.access = access;
        this.questionSets = questionSets;
        this.clock = clock;
    }

    /** The submissions of an assignment within the caller's reach, first attempt first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuizSubmission> submissions(long assignmentId) {
        access.check(assignments.findDetailed(assignmentId).orElseThrow());
        return submissions.findByAssignmentIdOrderByAttemptAsc(assignmentId);
    }

    /** The attestation of an assignment within the caller's reach, if it was signed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Attestation> attestation(long assignmentId) {
        access.check(assignments.findDetailed(assignmentId).orElseThrow());
        return attestations.findByAssignmentId(assignmentId);
    }

    /** The test of one's own open assignment, shuffled when the course says so. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public QuizPaper paper(long assignmentId) {
        TrainingAssignment assignment = assignments.findWithCourse(assignmentId).orElseThrow();
        TrainingAccess.checkOwn(assignment);
        requireAttemptPossible(assignment);
        Course course = assignment.getCourse();
        List<QuizPaper.PaperQuestion> questions = new ArrayList<>();
        for (QuestionSets.TestQuestion question : questionSets.of(course)) {
            List<QuizPaper.PaperChoice> choices = new ArrayList<>();
            List<Choice> stored = question.choices();
            for (int i = 0; i < stored.size(); i++) {
                choices.add(new QuizPaper.PaperChoice(i, stored.get(i).text()));
            }
            if (course.isRandomiseOrder()) {
                Collections.shuffle(choices, ThreadLocalRandom.current());
            }
            questions.add(new QuizPaper.PaperQuestion(question.id(), question.text(), question.multiple(),
                    List.copyOf(choices)));
        }
        if (course.isRandomiseOrder()) {
            Collections.shuffle(questions, ThreadLocalRandom.current());
        }
        return new QuizPaper(assignment.getId(), course.getTitle(), course.getContentVersion(), course.getPassMark(),
                assignment.attemptsLeft(), List.copyOf(questions));
    }

    /**
     * Marks the answers (question id → indexes of the chosen choices). Every question must be
     * answered; a question counts as right only when exactly its right choices are chosen.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public QuizResult submit(long assignmentId, Map<Long, Set<Integer>> answers, String clientAddress) {
        TrainingAssignment assignment = assignments.lockWithCourse(assignmentId).orElseThrow();
        TrainingAccess.checkOwn(assignment);
        requireAttemptPossible(assignment);
        Course course = assignment.getCourse();
        List<QuestionSets.TestQuestion> questions = questionSets.of(course);
        Map<Long, Set<Integer>> given = answers == null ? Map.of() : answers;
        Set<Long> known = questions.stream().map(QuestionSets.TestQuestion::id).collect(Collectors.toSet());
        if (!known.containsAll(given.keySet())) {
            throw RuleViolation.onField("answers", "training.error.unknownQuestion");
        }
        int correct = 0;
        List<QuizResult.Feedback> feedback = new ArrayList<>();
        Map<Long, Set<Integer>> recorded = new LinkedHashMap<>();
        for (QuestionSets.TestQuestion question : questions) {
            Set<Integer> chosen = given.get(question.id());
            if (chosen == null || chosen.isEmpty()) {
                throw RuleViolation.onField("answers", "training.error.unanswered");
            }
            List<Choice> choices = question.choices();
            if (chosen.stream().anyMatch(index -> index == null || index < 0 || index >= choices.size())
                    || (!question.multiple() && chosen.size() != 1)) {
                throw RuleViolation.onField("answers", "training.error.badAnswer");
            }
            Set<Integer> right = IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct()).boxed()
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<Integer> sortedChoice = new TreeSet<>(chosen);
            boolean isRight = right.equals(sortedChoice);
            if (isRight) {
                correct++;
            }
            recorded.put(question.id(), sortedChoice);
            feedback.add(new QuizResult.Feedback(question.id(), question.text(),
                    choices.stream().map(Choice::text).toList(), Set.copyOf(sortedChoice), Set.copyOf(right), isRight,
                    question.explanation()));
        }
        int score = (int) Math.floor(100.0 * correct / questions.size());
        boolean passed = score >= course.getPassMark();
        int attempt = assignment.getAttemptsUsed() + 1;
        QuizSubmission submission = submissions.save(new QuizSubmission(assignment, attempt,
                course.getContentVersion(), encode(recorded), correct, questions.size(), score, passed,
                clock.instant(), truncate(clientAddress)));
        assignment.recordAttempt(score, passed, LocalDate.now(clock));
        return new QuizResult(submission.getId(), assignment.getId(), attempt, course.getContentVersion(), score,
                course.getPassMark(), passed, correct, questions.size(), assignment.attemptsLeft(),
                assignment.getStatus(), List.copyOf(feedback));
    }

    /** The pledge one signs for one's own assignment. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Pledge pledge(long assignmentId) {
        TrainingAssignment assignment = assignments.findWithCourse(assignmentId).orElseThrow();
        TrainingAccess.checkOwn(assignment);
        Pledge pledge = assignment.getCourse().currentPledge();
        pledge.getText();
        return pledge;
    }

    /**
     * Signs the pledge of the given version. Refused unless the test was passed, the pledge
     * shown is still the current one, and the worker accepted it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Attestation attest(long assignmentId, int pledgeVersion, boolean accepted, String clientAddress) {
        TrainingAssignment assignment = assignments.lockWithCourse(assignmentId).orElseThrow();
        TrainingAccess.checkOwn(assignment);
        if (!accepted) {
            throw RuleViolation.onField("accepted", "training.error.notAccepted");
        }
        switch (assignment.getStatus()) {
            case COMPLETED -> throw new RuleViolation("training.error.alreadyAttested");
            case PASSED -> {
                // the one state in which a pledge is signed
            }
            default -> throw new RuleViolation("training.error.notPassed");
        }
        Course course = assignment.getCourse();
        if (pledgeVersion != course.getPledgeVersion()) {
            throw RuleViolation.onField("pledgeVersion", "training.error.pledgeChanged");
        }
        QuizSubmission passing = submissions.findFirstByAssignmentIdAndPassedTrueOrderByAttemptDesc(assignmentId)
                .orElseThrow(() -> new RuleViolation("training.error.notPassed"));
        Attestation attestation = attestations.save(new Attestation(assignment, passing, pledgeVersion,
                clock.instant(), truncate(clientAddress)));
        assignment.complete(attestation.getAttestedAt());
        return attestation;
    }

    private static void requireAttemptPossible(TrainingAssignment assignment) {
        switch (assignment.getStatus()) {
            case ASSIGNED -> {
                if (assignment.attemptsLeft() == 0) {
                    throw new RuleViolation("training.error.noAttemptsLeft");
                }
            }
            case PASSED -> throw new RuleViolation("training.error.alreadyPassed");
            case COMPLETED -> throw new RuleViolation("training.error.alreadyAttested");
            case FAILED -> throw new RuleViolation("training.error.noAttemptsLeft");
            case EXEMPTED -> throw new RuleViolation("training.error.exempted");
        }
    }

    private static String encode(Map<Long, Set<Integer>> answers) {
        return answers.entrySet().stream()
                .map(entry -> entry.getKey() + ":" + entry.getValue().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    private static String truncate(String address) {
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
