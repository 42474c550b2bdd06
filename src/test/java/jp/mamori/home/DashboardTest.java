package jp.mamori.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.consignee.ConsigneeFixtures;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.policy.PolicyService;
import jp.mamori.safeguard.Readiness;
import jp.mamori.safeguard.ReadinessService;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardFramework;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.MamoriIntegrationTest;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.FiscalYear;
import jp.mamori.training.TrainingCalendar;
import jp.mamori.training.TrainingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Every figure and task list of the dashboards equals a count made directly in the database. */
@MamoriIntegrationTest
class DashboardTest {

    @Autowired
    Dashboard dashboard;
    @Autowired
    DashboardScenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrainingCalendar calendar;
    @Autowired
    SafeguardCatalogueService catalogue;
    @Autowired
    ReadinessService readiness;
    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    PolicyService policies;
    @Autowired
    TrainingData training;
    @Autowired
    AssignmentService assignments;

    LocalDate today;
    DashboardScenario.People people;

    @BeforeEach
    void organisation() {
        today = dashboard.today();
        people = scenario.create(today);
        var template = consigneeFixtures.selectionTemplate(60, 1);
        consigneeFixtures.approve(consigneeFixtures.consignee("給与計算サービス", ConsigneeStatus.CANDIDATE), template,
                today.minusMonths(2));
    }

    @Test
    void readinessFiguresEqualDirectCounts() {
        Map<String, Figure> figures = Actors.as(people.privacyManager(), () -> dashboard.readiness(Messages.JAPANESE))
                .stream().collect(Collectors.toMap(Figure::id, figure -> figure));

        Map<String, Object> ledger = jdbc.queryForMap("select count(*) filter (where next_review_date >= ?) as reviewed,"
                + " count(*) as total from ledger_entry where status = 'ACTIVE'", today);
        assertShare(figures.get("ledger.reviewed"), ledger.get("reviewed"), ledger.get("total"));

        FiscalYear year = calendar.fiscalYear(today);
        Map<String, Object> training = jdbc.queryForMap("select count(*) filter (where status = 'COMPLETED') as done,"
                + " count(*) as total from training_assignment where due_on between ? and ? and status <> 'EXEMPTED'",
                year.start(), year.end());
        assertShare(figures.get("training.completion"), training.get("done"), training.get("total"));
        assertThat(figures.get("training.completion").outOf()).isPositive();

        assertThat(figures.get("audit.openNonconformities").value()).isPositive().isEqualTo(jdbc.queryForObject(
                "select count(*) from audit_finding where grade in ('MAJOR_NONCONFORMITY', 'MINOR_NONCONFORMITY')"
                        + " and status <> 'CLOSED'", Long.class));
        assertThat(figures.get("audit.runningActions").value()).isPositive().isEqualTo(jdbc.queryForObject(
                "select count(*) from corrective_action where status <> 'CLOSED'", Long.class));
        assertThat(figures.get("audit.overdueActions").value()).isEqualTo(jdbc.queryForObject(
                "select count(*) from corrective_action where status not in ('VERIFICATION', 'CLOSED') and due_date < ?",
                Long.class, today));

        Map<String, Object> consignees = jdbc.queryForMap("select count(*) filter (where next_evaluation_due >= ?) as evaluated,"
                + " count(*) as total from consignee where active and status in ('APPROVED', 'CONDITIONAL')", today);
        assertShare(figures.get("consignee.evaluated"), consignees.get("evaluated"), consignees.get("total"));
        assertThat(figures.get("consignee.evaluated").outOf()).isPositive();
        assertThat(figures.get("consignee.certificationLapsed").value()).isEqualTo(jdbc.queryForObject(
                "select count(distinct c.id) from consignee_certification x join consignee c on c.id = x.consignee_id"
                        + " where x.expires_on < ? and c.active and c.status not in ('TERMINATED', 'REJECTED')",
                Long.class, today));


        for (SafeguardFramework framework : Actors.as(people.privacyManager(), () -> catalogue.frameworks())) {
            Readiness result = Actors.as(people.privacyManager(), () -> readiness.readiness(framework.getId()));
            Figure mandatory = figures.get("safeguards.mandatory." + framework.getCode());
            assertThat(mandatory.value()).isEqualTo(result.mandatory().met());
            assertThat(mandatory.outOf()).isEqualTo(result.mandatory().applicable());
        }
    }

    /**
     * The overdue figure follows the records, counted independently of the obligation sources
     * it is computed from: a training that falls overdue adds one, its completion removes it.
     */
    @Test
    void theOverdueFigureFollowsAnObligationFallingOverdueAndBeingMet() {
        Course course = training.course(people.privacyManager(), CourseKind.AD_HOC, 100, 3);
        Actors.as(people.privacyManager(), () -> assignments.assign(course.getId(),
                List.of(people.worker().userId()), today.plusDays(30)));
        long before = overdueFigure();

        jdbc.update("update training_assignment set due_on = ? where course_id = ?", today.minusDays(3), course.getId());
        assertThat(overdueFigure()).isEqualTo(before + 1);

        jdbc.update("update training_assignment set status = 'EXEMPTED', exemption_reason = '休職中' where course_id = ?",
                course.getId());
        assertThat(overdueFigure()).isEqualTo(before);
    }

    private long overdueFigure() {
        return Actors.as(people.privacyManager(), () -> dashboard.readiness(Messages.JAPANESE)).stream()
                .filter(figure -> figure.id().equals(OverdueObligations.ID)).findFirst().orElseThrow().value();
    }

    @Test
    void onlyPrivacyManagersSeeTheReadiness() {
        assertThatThrownBy(() -> Actors.as(people.worker(), () -> dashboard.readiness(Messages.JAPANESE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWorkersTasksAreTheirOpenObligations() {
        Map<Role, List<Task>> sections = Actors.as(people.worker(), () -> dashboard.tasks(Messages.JAPANESE));

        assertThat(sections).containsOnlyKeys(Role.EMPLOYEE);
        long expected = jdbc.queryForObject("select count(*) from training_assignment where user_id = ?"
                + " and status in ('ASSIGNED', 'PASSED') and due_on <= ?", Long.class, people.worker().userId(),
                today.plusYears(1))
                + jdbc.queryForObject("select count(*) from ledger_entry where owner_id = ? and status = 'ACTIVE'"
                + " and next_review_date <= ?", Long.class, people.worker().userId(), today.plusYears(1))
                + jdbc.queryForObject("select count(*) from policy_version v where v.status = 'PUBLISHED'"
                + " and v.published_on <= ? and not exists (select 1 from policy_acknowledgement a"
                + " where a.version_id = v.id and a.user_id = ?)", Long.class,
                today.plusYears(1).minusDays(policies.acknowledgementDays()), people.worker().userId());
        assertThat(sections.get(Role.EMPLOYEE)).hasSize((int) expected)
                .anySatisfy(task -> {
                    assertThat(task.subject()).isEqualTo(people.course().getTitle());
                    assertThat(task.kindKey()).isEqualTo("reminder.kind.training.assignment");
                    assertThat(task.link()).startsWith("training/take/");
                });
    }

    @Test
    void anAuditorsSectionHoldsTheirAuditsAndOpenFindings() {
        Map<Role, List<Task>> sections = Actors.as(people.lead(), () -> dashboard.tasks(Messages.JAPANESE));

        assertThat(sections).containsOnlyKeys(Role.EMPLOYEE, Role.AUDITOR);
        long audits = jdbc.queryForObject("select count(*) from audit a where a.status in ('PLANNED', 'IN_PROGRESS')"
                + " and (a.lead_auditor_id = ? or exists (select 1 from audit_auditor x where x.audit_id = a.id"
                + " and x.user_id = ?))", Long.class, people.lead().userId(), people.lead().userId());
        long findings = jdbc.queryForObject("select count(*) from audit_finding f join audit a on a.id = f.audit_id"
                + " where f.status <> 'CLOSED' and (a.lead_auditor_id = ? or exists (select 1 from audit_auditor x"
                + " where x.audit_id = a.id and x.user_id = ?))", Long.class, people.lead().userId(),
                people.lead().userId());
        assertThat(audits).isEqualTo(1);
        assertThat(findings).isEqualTo(1);
        assertThat(sections.get(Role.AUDITOR)).hasSize((int) (audits + findings))
                .anySatisfy(task -> assertThat(task.subject()).startsWith(people.audit().subject()))
                .allSatisfy(task -> assertThat(task.link()).isEqualTo("audits/" + people.audit().getId()));
    }

    @Test
    void topManagementSeesWhatAwaitsItsApproval() {
        Map<Role, List<Task>> sections = Actors.as(people.topManagement(), () -> dashboard.tasks(Messages.JAPANESE));

        assertThat(sections).containsOnlyKeys(Role.EMPLOYEE, Role.TOP_MANAGEMENT);
        long risks = jdbc.queryForObject("select count(*) from ledger_risk r join ledger_entry e on e.id = r.entry_id"
                + " where r.decision = 'PENDING' and e.status <> 'RETIRED'", Long.class);
        long drafts = jdbc.queryForObject("select count(*) from management_review where status = 'DRAFT'", Long.class);
        assertThat(sections.get(Role.TOP_MANAGEMENT)).hasSize((int) (risks + drafts))
                .anySatisfy(task -> assertThat(task.subject()).startsWith(people.entry().getReference()));
    }

    private static void assertShare(Figure figure, Object value, Object outOf) {
        assertThat(figure.value()).isEqualTo(((Number) value).longValue());
        assertThat(figure.outOf()).isEqualTo(((Number) outOf).longValue());
    }
}
