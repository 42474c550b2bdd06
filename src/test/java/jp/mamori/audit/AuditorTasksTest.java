package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jp.mamori.home.Task;
import jp.mamori.organisation.Department;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@MamoriIntegrationTest
class AuditorTasksTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditService audits;
    @Autowired
    FindingService findings;
    @Autowired
    AuditorTasks auditorTasks;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;

    /**
     * A team member's tasks: their open audit, and the open findings of their audits, also of one
     * already reported, each named with its own department; the departments come with the findings,
     * not one query per finding.
     */
    @Test
    void aTeamMembersTasksAreTheirOpenAuditAndTheOpenFindingsWithTheirDepartments() {
        LocalDate today = LocalDate.now(clock);
        AuditScenario scenario = AuditScenario.create(fixtures);
        Department general = fixtures.department("総務部");
        MamoriPrincipal lead = scenario.as(scenario.lead);
        Audit reported = Actors.as(lead, () -> audits.plan(null, null, new AuditPlan(AuditKind.PROCESS, "委託先管理",
                Set.of(scenario.audited.getId(), general.getId()), today, scenario.lead.getId(),
                Set.of(scenario.auditor.getId()), "全般", "JIS Q 15001")));
        Finding sales = record(lead, reported, FindingGrade.MINOR_NONCONFORMITY, "A.3.4.2.1", scenario.audited);
        Finding office = record(lead, reported, FindingGrade.OBSERVATION, "A.3.4.3.2", general);
        Finding closed = record(lead, reported, FindingGrade.OBSERVATION, "A.3.4.3.3", general);
        Actors.as(lead, () -> findings.close(closed.getId(), null, "是正を確認"));
        report(lead, reported);
        Audit open = scenario.planAudit(audits, today.plusDays(10));
        String subject = Actors.as(lead, () -> audits.get(open.getId())).subject();

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        List<Task> tasks;
        try {
            tasks = readOnly(() -> auditorTasks.tasksFor(scenario.as(scenario.auditor), Messages.JAPANESE, today));
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        String findingsLink = "audits/" + reported.getId();
        assertThat(tasks).containsExactlyInAnyOrder(
                new Task("home.task.audit", subject + "（計画済み）", today.plusDays(10), "audits/" + open.getId()),
                new Task("home.task.finding", sales.reference() + " 軽微な不適合 A.3.4.2.1（" + scenario.audited.getName()
                        + "）", null, findingsLink),
                new Task("home.task.finding", office.reference() + " 観察事項 A.3.4.3.2（" + general.getName() + "）",
                        null, findingsLink));
        assertThat(statistics.getEntityFetchCount()).as("entities loaded one by one").isZero();
    }

    private void report(MamoriPrincipal lead, Audit audit) {
        ChecklistItem item = Actors.as(lead, () -> audits.addClause(audit.getId(),
                new ClauseQuestion("A.3.7.1 運用の確認", null)));
        Actors.as(lead, () -> audits.answer(item.getId(), item.getVersion(), ChecklistAnswer.CONFORM, null, "運用記録"));
        Actors.as(lead, () -> audits.issueReport(audit.getId(), null, null, "概ね適合"));
    }

    private Finding record(MamoriPrincipal auditor, Audit audit, FindingGrade grade, String clause,
                           Department department) {
        return Actors.as(auditor, () -> findings.record(audit.getId(), new FindingValues(null, grade, clause,
                "記録が不十分", "台帳の確認", department.getId(), null, null))).finding();
    }

    private <T> T readOnly(Supplier<T> work) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setReadOnly(true);
        return transaction.execute(status -> work.get());
    }
}
