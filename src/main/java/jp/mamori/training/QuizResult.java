package jp.mamori.training;

import java.util.List;
import java.util.Set;

/** How a submitted test went, with each question's right answers and explanation. */
public record QuizResult(long submissionId, long assignmentId, int attempt, int courseVersion, int score,
                         int passMark, boolean passed, int correctCount, int questionCount, int attemptsLeft,
                         AssignmentStatus status, List<Feedback> feedback) {

    /** One question: what was chosen, what is right, and why. */
    public record Feedback(long questionId, String text, List<String> choices, Set<Integer> chosen,
                           Set<Integer> correctChoices, boolean correct, String explanation) {
    }
}
