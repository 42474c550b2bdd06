package jp.mamori.training.api;

import java.util.List;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.training.Choice;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.CourseLink;
import jp.mamori.training.CourseValues;

/**
 * A course as the API shows and accepts it. The questions with their right answers are
 * shown to privacy managers only; workers get the test through their assignment.
 */
public record CourseDto(Long id, Long version, String title, String description, CourseKind kind, String material,
                        Integer contentVersion, Integer passMark, Integer maxAttempts, Boolean randomiseOrder, Integer deadlineDays,
                        String pledgeText, Integer pledgeVersion, Boolean active, List<CourseLink> links,
                        List<QuestionDto> questions) {

    public record QuestionDto(String text, boolean multiple, String explanation, List<Choice> choices) {
    }

    static CourseDto of(Course course) {
        boolean editor = CurrentUser.get().map(caller -> caller.hasRole(Role.PRIVACY_MANAGER)).orElse(false);
        return new CourseDto(course.getId(), course.getVersion(), course.getTitle(), course.getDescription(),
                course.getKind(), course.getMaterial(), course.getContentVersion(), course.getPassMark(),
                course.getMaxAttempts(), course.isRandomiseOrder(), course.getDeadlineDays(),
                course.currentPledge().getText(), course.getPledgeVersion(), course.isActive(), course.getLinks(),
                editor ? course.getQuestions().stream().map(question -> new QuestionDto(question.getText(),
                        question.isMultiple(), question.getExplanation(), question.getChoices())).toList() : null);
    }

    static CourseDto summary(Course course) {
        return new CourseDto(course.getId(), course.getVersion(), course.getTitle(), course.getDescription(),
                course.getKind(), null, course.getContentVersion(), course.getPassMark(), course.getMaxAttempts(),
                course.isRandomiseOrder(), course.getDeadlineDays(), null, course.getPledgeVersion(), course.isActive(),
                null, null);
    }

    CourseValues values() {
        return new CourseValues(title, description, kind, material, passMark == null ? -1 : passMark,
                maxAttempts == null ? 0 : maxAttempts, randomiseOrder == null || randomiseOrder,
                deadlineDays == null ? 0 : deadlineDays, pledgeText, active == null || active, links,
                questions == null ? List.of() : questions.stream().map(question -> new CourseValues.QuestionValues(
                        question.text(), question.multiple(), question.explanation(), question.choices())).toList());
    }
}
