package jp.mamori.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<QuizSubmission, Long> {

    List<QuizSubmission> findByAssignmentIdOrderByAttemptAsc(long assignmentId);

    Optional<QuizSubmission> findFirstByAssignmentIdAndPassedTrueOrderByAttemptDesc(long assignmentId);
}
