package jp.mamori.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.UiTest;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.TrainingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends UiTest {

    @Autowired
    DashboardScenario scenario;
    @Autowired
    Dashboard dashboard;
    @Autowired
    DashboardChart chart;
    @Autowired
    TrainingData training;
    @Autowired
    AssignmentService assignments;

    DashboardScenario.People people;

    @BeforeEach
    void organisation() {
        people = scenario.create(dashboard.today());
    }

    @Test
    void aPrivacyManagerSeesTheReadinessAsChartsAndAsText() {
        Map<String, Figure> figures = Actors.as(people.privacyManager(), () -> dashboard.readiness(Messages.JAPANESE))
                .stream().collect(Collectors.toMap(Figure::id, figure -> figure));
        login(people.privacyManager());
        navigate(HomeView.class);

        assertThat($(Div.class).withId("readiness").exists()).isTrue();
        Figure ledger = figures.get("ledger.reviewed");
        assertThat(text(HomeView.figureId("ledger.reviewed")))
                .isEqualTo(ledger.label() + "：" + ledger.value() + " / " + ledger.outOf() + "（" + ledger.percent() + "%）");
        Figure nonconformities = figures.get("audit.openNonconformities");
        assertThat(text(HomeView.figureId("audit.openNonconformities")))
                .isEqualTo(nonconformities.label() + "：" + nonconformities.value() + " 件");
        assertThat($(Image.class).withId("chart-shares").single().getAlt()).hasValue("領域別の達成率");
        assertThat($(Image.class).withId("chart-counts").exists()).isTrue();
        assertThat(dashboardChartIsAPicture()).isTrue();
    }

    @Test
    void aWorkerSeesTheirTasksAndNoReadiness() {
        login(people.worker());
        navigate(HomeView.class);

        assertThat($(Div.class).withId("readiness").exists()).isFalse();
        assertThat(text("tasks-employee")).contains("あなたのタスク").contains(people.course().getTitle());
        assertThat($(Div.class).withId("tasks-auditor").exists()).isFalse();
        assertThat($(Div.class).withId("tasks-top_management").exists()).isFalse();
    }

    @Test
    void anAuditorSeesTheirAuditsAndFindings() {
        login(people.lead());
        navigate(HomeView.class);

        assertThat(text("tasks-auditor")).contains(people.audit().subject()).contains("未完了の指摘");
    }

    @Test
    void topManagementSeesWhatAwaitsApproval() {
        login(people.topManagement());
        navigate(HomeView.class);

        List<Task> awaiting = Actors.as(people.topManagement(), () -> dashboard.tasks(Messages.JAPANESE))
                .get(Role.TOP_MANAGEMENT);
        assertThat(awaiting).isNotEmpty();
        String section = text("tasks-top_management");
        assertThat(section).contains("承認待ち").contains(awaiting.getFirst().subject());
        assertThat($(Div.class).withId("tasks-top_management").single().getChildren()
                .filter(child -> child.getElement().getClassList().contains("tasks")).findFirst().orElseThrow()
                .getChildren().count()).isEqualTo(Math.min(HomeView.SHOWN_TASKS, awaiting.size()));
        if (awaiting.size() > HomeView.SHOWN_TASKS) {
            assertThat(section).contains("ほか " + (awaiting.size() - HomeView.SHOWN_TASKS) + " 件");
        }
    }

    @Test
    void aLongTaskListShowsTheFirstTasksAndCountsTheRest() {
        for (int i = 0; i <= HomeView.SHOWN_TASKS; i++) {
            Course course = training.course(people.privacyManager(), CourseKind.AD_HOC, 100, 3);
            Actors.as(people.privacyManager(), () -> assignments.assign(course.getId(),
                    List.of(people.worker().userId()), dashboard.today().plusDays(30)));
        }
        List<Task> tasks = Actors.as(people.worker(), () -> dashboard.tasks(Messages.JAPANESE)).get(Role.EMPLOYEE);
        assertThat(tasks).hasSizeGreaterThan(HomeView.SHOWN_TASKS);

        login(people.worker());
        navigate(HomeView.class);

        assertThat($(Div.class).withId("tasks-employee").single().getChildren()
                .filter(child -> child.getElement().getClassList().contains("tasks")).findFirst().orElseThrow()
                .getChildren().count()).isEqualTo(HomeView.SHOWN_TASKS);
        assertThat(text("tasks-employee")).contains("ほか " + (tasks.size() - HomeView.SHOWN_TASKS) + " 件");
    }

    private boolean dashboardChartIsAPicture() {
        byte[] png = chart.shares(Actors.as(people.privacyManager(), () -> dashboard.readiness(Messages.JAPANESE)),
                Messages.JAPANESE);
        return png.length > 8 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G';
    }

    private String text(String id) {
        return $(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
