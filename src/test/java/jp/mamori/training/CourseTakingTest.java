package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.Obligation;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class CourseTakingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingData data;
    @Autowired
    CourseService courses;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CourseTaking taking;
    @Autowired
    TrainingObligations obligations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void aWorkerReadsAnswersSeesTheResultAndSignsThePledgeOnce() {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("総務部");
        MamoriPrincipal worker = fixtures.principalOf(data.worker(department));
        Course course = data.assignedCourse(pm, department, CourseKind.AT_HIRING, 3, today());
        TrainingAssignment assignment = data.assignmentOf(worker, course);
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(assignment.getDueOn()).isEqualTo(today().plusDays(30));

        Course content = Actors.as(worker, () -> courses.get(course.getId()));
        QuizPaper paper = Actors.as(worker, () -> taking.paper(assignment.getId()));
        assertThat(paper.questions()).hasSize(2);

        QuizResult failed = Actors.as(worker, () -> taking.submit(assignment.getId(),
                TrainingData.wrongAnswers(paper), "192.0.2.10"));
        assertThat(failed.passed()).isFalse();
        assertThat(failed.score()).isZero();
        assertThat(failed.attemptsLeft()).isEqualTo(2);
        assertThat(failed.feedback()).allSatisfy(feedback -> assertThat(feedback.explanation()).isNotBlank());
        assertThatThrownBy(() -> Actors.as(worker, () -> taking.attest(assignment.getId(), 1, true, "192.0.2.10")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("training.error.notPassed");

        QuizResult passed = Actors.as(worker, () -> taking.submit(assignment.getId(),
                TrainingData.rightAnswers(paper, content), "192.0.2.10"));
        assertThat(passed.passed()).isTrue();
        assertThat(passed.score()).isEqualTo(100);
        assertThat(passed.attempt()).isEqualTo(2);
        assertThat(passed.status()).isEqualTo(AssignmentStatus.PASSED);

        Pledge pledge = Actors.as(worker, () -> taking.pledge(assignment.getId()));
        assertThat(pledge.getText()).isEqualTo(TrainingData.PLEDGE);
        assertThatThrownBy(() -> Actors.as(worker, () -> taking.attest(assignment.getId(), pledge.getVersion(), false, null)))
                .isInstanceOf(RuleViolation.class);
        Attestation attestation = Actors.as(worker, () -> taking.attest(assignment.getId(), pledge.getVersion(), true,
                "192.0.2.10"));
        assertThat(attestation.getScore()).isEqualTo(100);
        assertThat(attestation.getCourseVersion()).isEqualTo(1);
        assertThat(attestation.getPledgeVersion()).isEqualTo(1);
        assertThat(attestation.getClientAddress()).isEqualTo("192.0.2.10");
        assertThat(attestation.getUserId()).isEqualTo(worker.userId());

        assertThatThrownBy(() -> Actors.as(worker, () -> taking.attest(assignment.getId(), 1, true, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("training.error.alreadyAttested");
        assertThatThrownBy(() -> Actors.as(worker, () -> taking.submit(assignment.getId(),
                TrainingData.rightAnswers(paper, content), null))).isInstanceOf(RuleViolation.class);
        assertThat(data.assignmentOf(worker, course).getStatus()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select count(*) from quiz_submission where assignment_id = ?", Long.class,
                assignment.getId())).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesToChangeAnAttestationOrToAttestWithoutAPassingSubmission() {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("経理部");
        MamoriPrincipal worker = fixtures.principalOf(data.worker(department));
        Course course = data.assignedCourse(pm, department, CourseKind.AD_HOC, 3, today());
        TrainingAssignment assignment = data.assignmentOf(worker, course);
        Course content = Actors.as(worker, () -> courses.get(course.getId()));
        QuizPaper paper = Actors.as(worker, () -> taking.paper(assignment.getId()));
        QuizResult failed = Actors.as(worker, () -> taking.submit(assignment.getId(), TrainingData.wrongAnswers(paper), null));

        assertThatThrownBy(() -> jdbc.update("""
                insert into attestation (assignment_id, submission_id, course_version, user_id, course_id, pledge_version,
                                         score, attested_at)
                values (?, ?, 1, ?, ?, 1, 0, now())""", assignment.getId(), failed.submissionId(), worker.userId(),
                course.getId())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into attestation (assignment_id, submission_id, course_version, submission_passed, user_id,
                                         course_id, pledge_version, score, attested_at)
                values (?, ?, 1, false, ?, ?, 1, 0, now())""", assignment.getId(), failed.submissionId(), worker.userId(),
                course.getId())).isInstanceOf(DataAccessException.class);

        QuizResult passed = Actors.as(worker, () -> taking.submit(assignment.getId(),
                TrainingData.rightAnswers(paper, content), null));
        assertThatThrownBy(() -> jdbc.update("""
                insert into attestation (assignment_id, submission_id, course_version, user_id, course_id, pledge_version,
                                         score, attested_at)
                values (?, ?, 2, ?, ?, 1, 100, now())""", assignment.getId(), passed.submissionId(), worker.userId(),
                course.getId())).isInstanceOf(DataAccessException.class);

        Attestation attestation = Actors.as(worker, () -> taking.attest(assignment.getId(), 1, true, null));
        assertThatThrownBy(() -> jdbc.update("update attestation set score = 0 where id = ?", attestation.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from attestation where id = ?", attestation.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update quiz_submission set passed = true where id = ?", failed.submissionId()))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select score from attestation where id = ?", Integer.class, attestation.getId()))
                .isEqualTo(100);
    }

    @Test
    void nobodyTakesOrReadsAnotherWorkersTraining() {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("営業部");
        MamoriPrincipal worker = fixtures.principalOf(data.worker(department));
        MamoriPrincipal colleague = fixtures.principalOf(data.worker(department));
        Course course = data.assignedCourse(pm, department, CourseKind.AD_HOC, 3, today());
        TrainingAssignment assignment = data.assignmentOf(worker, course);

        assertThatThrownBy(() -> Actors.as(colleague, () -> taking.paper(assignment.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(colleague, () -> taking.submit(assignment.getId(), java.util.Map.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(colleague, () -> assignments.get(assignment.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(colleague, () -> taking.submissions(assignment.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(colleague, () -> assignments.list(AssignmentFilter.none())))
                .extracting(a -> a.getUser().getId()).containsOnly(colleague.userId());
        assertThatThrownBy(() -> Actors.as(pm, () -> taking.paper(assignment.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(pm, () -> assignments.get(assignment.getId())).getId()).isEqualTo(assignment.getId());
    }

    @Test
    void failingEveryAttemptFlagsTheWorkerToTheManagerWhoMayGrantAnotherAttempt() {
        MamoriPrincipal pm = data.privacyManager();
        UserAccount managerAccount = data.worker(null);
        Department department = fixtures.department("開発部", null, managerAccount.getId());
        MamoriPrincipal manager = fixtures.principalOf(managerAccount);
        MamoriPrincipal worker = fixtures.principalOf(data.worker(department));
        Course course = data.assignedCourse(pm, department, CourseKind.AD_HOC, 2, today());
        TrainingAssignment assignment = data.assignmentOf(worker, course);

        for (int attempt = 0; attempt < 2; attempt++) {
            QuizPaper paper = Actors.as(worker, () -> taking.paper(assignment.getId()));
            Actors.as(worker, () -> taking.submit(assignment.getId(), TrainingData.wrongAnswers(paper), null));
        }
        assertThat(data.assignmentOf(worker, course).getStatus()).isEqualTo(AssignmentStatus.FAILED);
        assertThatThrownBy(() -> Actors.as(worker, () -> taking.paper(assignment.getId())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("noAttemptsLeft");

        List<Obligation> flagged = obligationsFor(assignment, TrainingObligations.FAILED);
        assertThat(flagged).singleElement().satisfies(obligation -> {
            assertThat(obligation.responsibleUserId()).isEqualTo(manager.userId());
            assertThat(obligation.departmentId()).isEqualTo(department.getId());
            assertThat(obligation.dueDate()).isEqualTo(today());
        });

        assertThatThrownBy(() -> Actors.as(worker, () -> assignments.grantAttempt(assignment.getId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        TrainingAssignment reopened = Actors.as(manager, () -> assignments.grantAttempt(assignment.getId(), null));
        assertThat(reopened.getStatus()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(reopened.attemptsLeft()).isEqualTo(1);
        assertThat(obligationsFor(assignment, TrainingObligations.FAILED)).isEmpty();
        assertThat(Actors.as(manager, () -> assignments.list(AssignmentFilter.none())))
                .extracting(a -> a.getUser().getId()).contains(worker.userId());
    }

    @Test
    void anOpenAssignmentIsOwedByItsWorkerUntilThePledgeIsSigned() {
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("人事部");
        MamoriPrincipal worker = fixtures.principalOf(data.worker(department));
        Course course = data.assignedCourse(pm, department, CourseKind.AT_HIRING, 3, today());
        TrainingAssignment assignment = data.assignmentOf(worker, course);

        assertThat(obligationsFor(assignment, TrainingObligations.ASSIGNMENT)).singleElement().satisfies(obligation -> {
            assertThat(obligation.subject()).isEqualTo(course.getTitle());
            assertThat(obligation.responsibleUserId()).isEqualTo(worker.userId());
            assertThat(obligation.departmentId()).isEqualTo(department.getId());
            assertThat(obligation.dueDate()).isEqualTo(assignment.getDueOn());
            assertThat(obligation.link()).isEqualTo("training/take/" + assignment.getId());
        });
        assertThat(obligationsFor(assignment, TrainingObligations.ASSIGNMENT, assignment.getDueOn().minusDays(1)))
                .as("not yet within the horizon").isEmpty();

        Course content = Actors.as(worker, () -> courses.get(course.getId()));
        QuizPaper paper = Actors.as(worker, () -> taking.paper(assignment.getId()));
        Actors.as(worker, () -> taking.submit(assignment.getId(), TrainingData.rightAnswers(paper, content), null));
        assertThat(obligationsFor(assignment, TrainingObligations.ASSIGNMENT)).hasSize(1);
        Actors.as(worker, () -> taking.attest(assignment.getId(), 1, true, null));
        assertThat(obligationsFor(assignment, TrainingObligations.ASSIGNMENT)).isEmpty();
    }

    @Test
    void changingTheTestOrThePledgeMakesANewVersion() {
        MamoriPrincipal pm = data.privacyManager();
        Course course = data.course(pm, CourseKind.ANNUAL, 80, 3);
        assertThat(course.getContentVersion()).isEqualTo(1);

        CourseValues original = TrainingData.values(course.getTitle(), CourseKind.ANNUAL, 80, 3);
        Course renamed = Actors.as(pm, () -> courses.save(course.getId(), course.getVersion(), new CourseValues(
                course.getTitle() + "（改）", original.description(), original.kind(), original.material(), 80, 5, true,
                60, original.pledgeText(), true, original.links(), original.questions())));
        assertThat(renamed.getContentVersion()).isEqualTo(1);
        assertThat(renamed.getPledgeVersion()).isEqualTo(1);

        Course retested = Actors.as(pm, () -> courses.save(course.getId(), renamed.getVersion(), new CourseValues(
                renamed.getTitle(), original.description(), original.kind(), original.material(), 80, 5, true, 60,
                original.pledgeText() + "（改訂）", true, original.links(), original.questions().subList(0, 1))));
        assertThat(retested.getContentVersion()).isEqualTo(2);
        assertThat(retested.getPledgeVersion()).isEqualTo(2);
        assertThat(retested.getQuestions()).hasSize(1);
        assertThat(Actors.as(pm, () -> courses.get(course.getId())).getPledges()).extracting(Pledge::getVersion)
                .containsExactly(1, 2);

        assertThatThrownBy(() -> Actors.as(pm, () -> courses.save(course.getId(), renamed.getVersion(), original)))
                .isInstanceOf(jp.mamori.shared.persistence.StaleRecordException.class);
    }

    private List<Obligation> obligationsFor(TrainingAssignment assignment, String kind) {
        return obligationsFor(assignment, kind, today().plusYears(2));
    }

    private List<Obligation> obligationsFor(TrainingAssignment assignment, String kind, LocalDate horizon) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(status ->
                obligations.openObligationsDueBy(horizon)
                        .filter(obligation -> obligation.kind().equals(kind)
                                && obligation.subjectKey().equals(String.valueOf(assignment.getId())))
                        .toList());
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
}
