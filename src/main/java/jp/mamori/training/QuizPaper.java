package jp.mamori.training;

import java.util.List;

/**
 * The test as the worker sees it: questions and choices in the order to show, without
 * which answers are right. A choice is answered by its {@code index} in the course.
 */
public record QuizPaper(long assignmentId, String courseTitle, int courseVersion, int passMark, int attemptsLeft,
                        List<PaperQuestion> questions) {

    public record PaperQuestion(long id, String text, boolean multiple, List<PaperChoice> choices) {
    }

    public record PaperChoice(int index, String text) {
    }
}
