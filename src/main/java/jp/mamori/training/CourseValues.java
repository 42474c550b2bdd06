package jp.mamori.training;

import java.util.List;

/** The editable content of a course, as the editor and the API deliver it. */
public record CourseValues(String title, String description, CourseKind kind, String material, int passMark,
                           int maxAttempts, boolean randomiseOrder, int deadlineDays, String pledgeText,
                           boolean active, List<CourseLink> links, List<QuestionValues> questions) {

    public CourseValues {
        links = links == null ? List.of() : List.copyOf(links);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A question with its choices; at least one choice is right, exactly one for a single-choice question. */
    public record QuestionValues(String text, boolean multiple, String explanation, List<Choice> choices) {

        public QuestionValues {
            choices = choices == null ? List.of() : choices.stream()
                    .map(choice -> new Choice(choice.text() == null ? null : choice.text().strip(), choice.correct()))
                    .toList();
        }
    }

    public static CourseValues of(Course course) {
        return new CourseValues(course.getTitle(), course.getDescription(), course.getKind(), course.getMaterial(),
                course.getPassMark(), course.getMaxAttempts(), course.isRandomiseOrder(), course.getDeadlineDays(),
                course.currentPledge().getText(), course.isActive(), course.getLinks(),
                course.getQuestions().stream().map(question -> new QuestionValues(question.getText(),
                        question.isMultiple(), question.getExplanation(), question.getChoices())).toList());
    }
}
