package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The fiscal year turns on 1 April: the nightly sweep, run with a clock on each side of it. */
@MamoriIntegrationTest
class AnnualRolloverTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingData data;
    @Autowired
    CourseService courses;
    @Autowired
    AssignmentService assignments;

    private TrainingSweep sweepOn(LocalDate day) {
        return new TrainingSweep(assignments, Clock.fixed(ZonedDateTime.of(day, LocalTime.of(1, 15),
                JapaneseDates.TOKYO).toInstant(), JapaneseDates.TOKYO));
    }

    @Test
    void theFirstSweepOfAFiscalYearReopensAnAnnualCourseForEveryone() {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("情報システム部");
        UserAccount first = data.worker(department);
        UserAccount second = data.worker(department);
        Course course = data.course(pm, CourseKind.ANNUAL, 80, 3);
        Actors.as(pm, () -> courses.addRule(course.getId(), RuleScope.DEPARTMENT, department.getId(), null, null));

        sweepOn(LocalDate.of(2027, 3, 10)).run();
        List<TrainingAssignment> fy2026 = assignmentsOf(pm, course, "FY2026");
        assertThat(fy2026).extracting(a -> a.getUser().getId()).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(fy2026).allSatisfy(a -> {
            assertThat(a.getAssignedOn()).isEqualTo(LocalDate.of(2027, 3, 10));
            assertThat(a.getDueOn()).as("capped at the end of the fiscal year").isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(a.getOrigin()).isEqualTo(AssignmentOrigin.RULE);
        });

        sweepOn(LocalDate.of(2027, 3, 31)).run();
        assertThat(assignmentsOf(pm, course, "FY2026")).hasSize(2);
        assertThat(assignmentsOf(pm, course, "FY2027")).isEmpty();

        sweepOn(LocalDate.of(2027, 4, 1)).run();
        List<TrainingAssignment> fy2027 = assignmentsOf(pm, course, "FY2027");
        assertThat(fy2027).extracting(a -> a.getUser().getId()).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(fy2027).allSatisfy(a -> {
            assertThat(a.getAssignedOn()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(a.getDueOn()).isEqualTo(LocalDate.of(2027, 5, 1));
            assertThat(a.getStatus()).isEqualTo(AssignmentStatus.ASSIGNED);
        });
        assertThat(assignmentsOf(pm, course, "FY2026")).hasSize(2);

        sweepOn(LocalDate.of(2027, 4, 2)).run();
        assertThat(assignmentsOf(pm, course, "FY2027")).hasSize(2);
    }

    @Test
    void aNewHireIsAssignedWithinTheWindowAndDueThatManyDaysAfterHiring() {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("新人研修");
        UserAccount hire = fixtures.user("hire", department);
        Course course = data.course(pm, CourseKind.AT_HIRING, 80, 3);
        Actors.as(pm, () -> courses.addRule(course.getId(), RuleScope.NEW_HIRES, null, null, 14));
        setHireDate(hire, LocalDate.of(2027, 4, 1));

        sweepOn(LocalDate.of(2027, 3, 31)).run();
        assertThat(assignmentsOf(pm, course, TrainingAssignment.ONCE)).isEmpty();
        sweepOn(LocalDate.of(2027, 4, 3)).run();
        assertThat(assignmentsOf(pm, course, TrainingAssignment.ONCE)).singleElement().satisfies(a -> {
            assertThat(a.getUser().getId()).isEqualTo(hire.getId());
            assertThat(a.getDueOn()).isEqualTo(LocalDate.of(2027, 4, 15));
        });
    }

    private void setHireDate(UserAccount user, LocalDate hireDate) {
        jp.mamori.shared.security.SystemActor.run(() -> {
            UserAccount stored = users.get(user.getId());
            stored.setHireDate(hireDate);
            users.save(stored);
        });
    }

    @Autowired
    jp.mamori.organisation.UserService users;

    private List<TrainingAssignment> assignmentsOf(MamoriPrincipal pm, Course course, String cycle) {
        return Actors.as(pm, () -> assignments.list(new AssignmentFilter(course.getId(), cycle, null, null, false,
                null, null)));
    }
}
