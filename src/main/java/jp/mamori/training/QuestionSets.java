package jp.mamori.training;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The questions of a course's test, read once per content version. A version's questions
 * never change (any edit of the test moves the version), and on a deadline day every worker
 * of the organisation is marked against the same few sets.
 */
@Component
class QuestionSets {

    private static final int MAX_SETS = 256;

    /** One question as asked and marked: its right choices are the ones flagged correct. */
    record TestQuestion(long id, String text, boolean multiple, String explanation, List<Choice> choices) {
    }

    private record Key(long courseId, int contentVersion) {
    }

    private final Map<Key, List<TestQuestion>> sets = new ConcurrentHashMap<>();

    /** The current questions of the course; call inside a transaction that loaded it. */
    List<TestQuestion> of(Course course) {
        Key key = new Key(course.getId(), course.getContentVersion());
        List<TestQuestion> known = sets.get(key);
        if (known != null) {
            return known;
        }
        List<TestQuestion> questions = course.getQuestions().stream()
                .map(question -> new TestQuestion(question.getId(), question.getText(), question.isMultiple(),
                        question.getExplanation(), List.copyOf(question.getChoices())))
                .toList();
        if (sets.size() >= MAX_SETS) {
            sets.clear();
        }
        sets.put(key, questions);
        return questions;
    }
}
