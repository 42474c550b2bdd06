package jp.mamori.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import jp.mamori.training.AssignmentStatus;
import jp.mamori.training.Choice;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.Question;
import jp.mamori.training.TrainingAssignment;
import jp.mamori.training.TrainingData;
import org.junit.jupiter.api.AfterEach;
import jp.mamori.support.ViewAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The employee flow and who sees what, through the views themselves (no browser). */
@MamoriIntegrationTest
class TrainingViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingData data;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(MamoriPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void aWorkerTakesACourseFromMyTasksToTheCertificate() {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("広報部");
        MamoriPrincipal worker = fixtures.principalOf(data.worker(department));
        Course course = data.assignedCourse(pm, department, CourseKind.AT_HIRING, 3, LocalDate.now(clock));
        TrainingAssignment assignment = data.assignmentOf(worker, course);

        signIn(worker);
        navigate(MyTasksView.class);
        assertThat($(Paragraph.class).id("training-my-summary").getText()).contains("1");
        @SuppressWarnings("unchecked")
        Grid<TrainingAssignment> tasks = $(Grid.class).id("training-my-grid");
        assertThat(test(tasks).getRow(0).getId()).isEqualTo(assignment.getId());
        test((Button) test(tasks).getCellComponent(0, "action")).click();
        assertThat(getCurrentView()).isInstanceOf(TakeCourseView.class);
        assertThat($(Span.class).id("training-step").getText()).isEqualTo("1. 教材を読む");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("社内規程");

        test($(Button.class).id("training-start-quiz")).click();
        answerWrongly(course);
        test($(Button.class).id("training-submit")).click();
        assertThat($(Paragraph.class).id("training-verdict").getText()).startsWith("不合格");
        test($(Button.class).id("training-retry")).click();
        test($(Button.class).id("training-start-quiz")).click();
        answerRightly(course);
        test($(Button.class).id("training-submit")).click();
        assertThat($(Paragraph.class).id("training-verdict").getText()).startsWith("合格です。得点 100 点");
        assertThat($(Paragraph.class).withTextContaining("解説：上長の許可と暗号化が必要です。").exists()).isTrue();

        test($(Button.class).id("training-to-pledge")).click();
        assertThat($(com.vaadin.flow.component.html.Div.class).id("training-pledge-text").getText())
                .isEqualTo(TrainingData.PLEDGE);
        Button sign = $(Button.class).id("training-attest");
        assertThat(sign.isEnabled()).isFalse();
        test($(Checkbox.class).id("training-pledge-accept")).click();
        test(sign).click();
        assertThat($(Paragraph.class).id("training-done").getText()).contains("得点 100 点");
        ByteArrayOutputStream certificate = new ByteArrayOutputStream();
        test($(Anchor.class).withClassName("download-link").single()).download(certificate);
        assertThat(certificate.size()).isGreaterThan(1000);
        assertThat(new String(certificate.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        test($(Button.class).id("training-back")).click();
        @SuppressWarnings("unchecked")
        Grid<TrainingAssignment> mine = $(Grid.class).id("training-my-grid");
        assertThat(test(mine).size()).isEqualTo(1);
        assertThat(data.assignmentOf(worker, course).getStatus()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat($(Paragraph.class).id("training-my-summary").getText()).isEqualTo("受講が必要な教育はありません。");
    }

    @Test
    void workersSeeOnlyTheirOwnTrainingAndManagersOnlyTheirDepartments() {
        MamoriPrincipal pm = data.privacyManager();
        UserAccount managerAccount = data.worker(null);
        Department managed = fixtures.department("製造部", null, managerAccount.getId());
        Department other = fixtures.department("物流部");
        UserAccount workerAccount = data.worker(managed);
        MamoriPrincipal worker = fixtures.principalOf(workerAccount);
        MamoriPrincipal colleague = fixtures.principalOf(data.worker(managed));
        UserAccount outsider = data.worker(other);
        Course course = data.assignedCourse(pm, managed, CourseKind.AD_HOC, 3, LocalDate.now(clock));
        data.assignedCourse(pm, other, CourseKind.AD_HOC, 3, LocalDate.now(clock));
        TrainingAssignment workersAssignment = data.assignmentOf(worker, course);

        signIn(colleague);
        navigate("training/take/" + workersAssignment.getId(), MyTasksView.class);
        assertThat(getCurrentView()).isInstanceOf(MyTasksView.class);
        @SuppressWarnings("unchecked")
        Grid<TrainingAssignment> tasks = $(Grid.class).id("training-my-grid");
        assertThat(test(tasks).size()).isEqualTo(1);
        assertThat(test(tasks).getRow(0).getUser().getId()).isEqualTo(colleague.userId());
        assertThat($(Button.class).withId("training-to-status").exists()).isFalse();
        navigate("training/status", MyTasksView.class);
        assertThat(getCurrentView()).isInstanceOf(MyTasksView.class);
        ViewAccess.assertHidden(() -> navigate(CoursesView.class), this::getCurrentView, CoursesView.class);

        signIn(fixtures.principalOf(managerAccount));
        navigate(MyTasksView.class);
        test($(Button.class).id("training-to-status")).click();
        assertThat(getCurrentView()).isInstanceOf(TrainingStatusView.class);
        test($(Checkbox.class).id("training-status-overdue")).click();
        @SuppressWarnings("unchecked")
        Grid<TrainingAssignment> grid = $(Grid.class).id("training-assignment-grid");
        List<Long> visible = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getRow(row).getUser().getId()).toList();
        assertThat(visible).contains(workerAccount.getId(), colleague.userId()).doesNotContain(outsider.getId());
        assertThat($(Image.class).id("training-chart-image")).isNotNull();

        test(grid).select(java.util.stream.IntStream.range(0, test(grid).size())
                .filter(row -> test(grid).getRow(row).getUser().getId().equals(workerAccount.getId())).findFirst()
                .orElseThrow());
        assertThat($(Button.class).withId("training-exempt").exists()).as("exemption is the privacy manager's").isFalse();
        test($(Button.class).id("training-person-record")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> record = $(Grid.class).id("training-record-grid");
        assertThat(test(record).size()).isEqualTo(1);

        signIn(pm);
        navigate(CoursesView.class);
        @SuppressWarnings("unchecked")
        Grid<Course> courses = $(Grid.class).id("training-course-grid");
        int row = java.util.stream.IntStream.range(0, test(courses).size())
                .filter(i -> test(courses).getRow(i).getId().equals(course.getId())).findFirst().orElseThrow();
        test(courses).select(row);
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).id("training-course-title").getValue())
                .isEqualTo(course.getTitle());
    }

    private void answerRightly(Course course) {
        answer(course, true);
    }

    private void answerWrongly(Course course) {
        answer(course, false);
    }

    @SuppressWarnings("unchecked")
    private void answer(Course course, boolean rightly) {
        List<Question> questions = course.getQuestions();
        for (int number = 1; number <= questions.size(); number++) {
            Question question = questions.get(number - 1);
            List<String> wanted = question.getChoices().stream().filter(choice -> choice.correct() == rightly)
                    .map(Choice::text).toList();
            Component field = $(Component.class).id("training-question-" + number);
            if (field instanceof RadioButtonGroup<?> radio) {
                test((RadioButtonGroup<Object>) radio).selectItem(wanted.getFirst());
            } else {
                test((CheckboxGroup<Object>) field).selectItems(wanted);
            }
        }
    }
}
