package jp.mamori.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ReminderIntegrationTest
class ReminderSweepTest {

    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    ReminderAdminService admin;
    @Autowired
    FictionalObligations source;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        source.clear();
        clock.reset();
    }

    @Test
    void eachLeadTimeStageFiresOnItsDayAndOverdueRemindersWeekly() {
        UserAccount worker = fixtures.user("worker", null);
        String kind = Fixtures.unique("t.stage.");
        LocalDate due = LocalDate.of(2031, 6, 20);
        source.set(List.of(obligation(kind, "A-1", worker.getId(), null, due)));

        Map<LocalDate, List<String>> fired = new LinkedHashMap<>();
        for (LocalDate day = due.minusDays(40); !day.isAfter(due.plusDays(22)); day = day.plusDays(1)) {
            clock.setDate(day);
            SweepResult result = sweep();
            List<String> stages = jdbc.queryForList(
                    "select stage from notification where sweep_id = ? and kind = ? and recipient_id = ?",
                    String.class, result.sweepId(), kind, worker.getId());
            if (!stages.isEmpty()) {
                fired.put(day, stages);
            }
        }

        assertThat(fired).containsExactly(
                Map.entry(due.minusDays(30), List.of("BEFORE_30")),
                Map.entry(due.minusDays(7), List.of("BEFORE_7")),
                Map.entry(due.minusDays(1), List.of("BEFORE_1")),
                Map.entry(due, List.of("DUE")),
                Map.entry(due.plusDays(1), List.of("OVERDUE_1")),
                Map.entry(due.plusDays(8), List.of("OVERDUE_2")),
                Map.entry(due.plusDays(15), List.of("OVERDUE_3")),
                Map.entry(due.plusDays(22), List.of("OVERDUE_4")));
    }

    @Test
    void aMissedDayFiresTheLatestStageOnceInsteadOfEveryMissedStage() {
        UserAccount worker = fixtures.user("worker", null);
        String kind = Fixtures.unique("t.missed.");
        LocalDate due = LocalDate.of(2031, 9, 10);
        source.set(List.of(obligation(kind, "B-1", worker.getId(), null, due)));

        clock.setDate(due.minusDays(5));
        sweep();
        assertThat(stagesOf(kind, worker)).containsExactly("BEFORE_7");
        sweep();
        assertThat(count(kind)).as("a rerun on the same day adds nothing").isEqualTo(1);

        clock.setDate(due.plusDays(20));
        sweep();
        assertThat(stagesOf(kind, worker)).containsExactly("BEFORE_7", "OVERDUE_3");
    }

    @Test
    void leadTimesArePerKind() {
        UserAccount worker = fixtures.user("worker", null);
        String kind = Fixtures.unique("t.kind.");
        SystemActor.run(() -> admin.saveLeadTime(null, null, kind, "14, 0", 3));
        LocalDate due = LocalDate.of(2031, 3, 2);
        source.set(List.of(obligation(kind, "C-1", worker.getId(), null, due)));

        List<LocalDate> fireDays = new ArrayList<>();
        for (LocalDate day = due.minusDays(31); !day.isAfter(due.plusDays(7)); day = day.plusDays(1)) {
            clock.setDate(day);
            if (sweepCreatedFor(kind, worker) > 0) {
                fireDays.add(day);
            }
        }

        assertThat(fireDays).containsExactly(due.minusDays(14), due, due.plusDays(1), due.plusDays(4), due.plusDays(7));
    }

    @Test
    void overdueObligationsEscalateToTheDepartmentManagerAndThePrivacyManagers() {
        UserAccount manager = fixtures.user("manager", null);
        Department department = fixtures.department("監査対象部", null, manager.getId());
        UserAccount worker = fixtures.user("worker", department);
        UserAccount privacyManager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        String kind = Fixtures.unique("t.escalate.");
        LocalDate due = LocalDate.of(2031, 11, 4);
        source.set(List.of(obligation(kind, "D-1", worker.getId(), department.getId(), due),
                obligation(kind, "D-2", null, department.getId(), due.plusDays(20))));

        clock.setDate(due.minusDays(1));
        sweep();
        assertThat(recipients(kind, "D-1")).containsExactly(Map.entry(worker.getId(), "RESPONSIBLE"));
        assertThat(recipients(kind, "D-2")).containsExactly(Map.entry(manager.getId(), "DEPARTMENT_MANAGER"));

        clock.setDate(due.plusDays(1));
        sweep();
        Map<Long, String> overdue = jdbc.query("select recipient_id, recipient_role from notification"
                        + " where kind = ? and subject_key = 'D-1' and stage = 'OVERDUE_1'",
                rs -> {
                    Map<Long, String> byRecipient = new LinkedHashMap<>();
                    while (rs.next()) {
                        byRecipient.put(rs.getLong(1), rs.getString(2));
                    }
                    return byRecipient;
                }, kind);
        assertThat(overdue).containsEntry(worker.getId(), "RESPONSIBLE")
                .containsEntry(manager.getId(), "DEPARTMENT_MANAGER")
                .containsEntry(privacyManager.getId(), "PRIVACY_MANAGER");
    }

    @Test
    void aSweepKilledHalfWayAndRunAgainLosesAndDuplicatesNothing() {
        UserAccount worker = fixtures.user("worker", null);
        String kind = Fixtures.unique("t.crash.");
        LocalDate today = LocalDate.of(2032, 1, 15);
        clock.setDate(today);
        List<Obligation> thousand = IntStream.range(0, 1000)
                .mapToObj(i -> obligation(kind, "E-" + i, worker.getId(), null, today.plusDays(i % 30)))
                .toList();
        source.set(thousand);
        source.crashAfter(550);

        assertThatThrownBy(this::sweep).isInstanceOf(FictionalObligations.SimulatedCrash.class);
        long afterCrash = count(kind);
        // Other features' sources share the chunks, so only "some, not all" is certain here.
        assertThat(afterCrash).as("whole chunks were committed before the crash").isPositive().isLessThan(550);
        assertThat(jdbc.queryForObject("select status from reminder_sweep order by id desc limit 1", String.class))
                .isEqualTo("RUNNING");

        source.set(thousand);
        SweepResult rerun = sweep();

        assertThat(count(kind)).isEqualTo(1000);
        assertThat(count(kind)).isEqualTo(1000);
        assertThat(jdbc.queryForObject("""
                select count(distinct d.notification_id) from notification_delivery d
                join notification n on n.id = d.notification_id where n.kind = ?
                """, Long.class, kind)).isEqualTo(1000);
        sweep();
        assertThat(count(kind)).isEqualTo(1000);
    }

    @Test
    void aFailingSourceDoesNotStopTheOthersButTheSweepIsRecordedAsFailed() {
        UserAccount worker = fixtures.user("worker", null);
        String kind = Fixtures.unique("t.fail.");
        LocalDate today = LocalDate.of(2032, 2, 2);
        clock.setDate(today);
        ObligationSource broken = horizon -> {
            throw new IllegalStateException("feature database unreachable");
        };
        source.set(List.of(obligation(kind, "F-1", worker.getId(), null, today)));
        ReminderSweeper withBrokenSource = new ReminderSweeper(List.of(broken, source),
                directory, leadTimes, writer, sweepLog, outbox, transactions, clock);

        assertThatThrownBy(() -> SystemActor.call(() -> withBrokenSource.sweep(SweepTrigger.MANUAL)))
                .hasMessageContaining("unreachable");
        assertThat(count(kind)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status || ' ' || error from reminder_sweep order by id desc limit 1",
                String.class)).startsWith("FAILED IllegalStateException");
    }

    @Autowired
    RecipientDirectory directory;
    @Autowired
    LeadTimeRepository leadTimes;
    @Autowired
    NotificationWriter writer;
    @Autowired
    SweepLog sweepLog;
    @Autowired
    Outbox outbox;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private SweepResult sweep() {
        return SystemActor.call(() -> sweeper.sweep(SweepTrigger.MANUAL));
    }

    private long sweepCreatedFor(String kind, UserAccount recipient) {
        SweepResult result = sweep();
        return jdbc.queryForObject("select count(*) from notification where sweep_id = ? and kind = ? and recipient_id = ?",
                Long.class, result.sweepId(), kind, recipient.getId());
    }

    private List<String> stagesOf(String kind, UserAccount recipient) {
        return jdbc.queryForList("select stage from notification where kind = ? and recipient_id = ? order by id",
                String.class, kind, recipient.getId());
    }

    private Map<Long, String> recipients(String kind, String subjectKey) {
        return jdbc.query("select recipient_id, recipient_role from notification where kind = ? and subject_key = ?",
                rs -> {
                    Map<Long, String> byRecipient = new LinkedHashMap<>();
                    while (rs.next()) {
                        byRecipient.put(rs.getLong(1), rs.getString(2));
                    }
                    return byRecipient;
                }, kind, subjectKey);
    }

    private long count(String kind) {
        return jdbc.queryForObject("select count(*) from notification where kind = ?", Long.class, kind);
    }

    static Obligation obligation(String kind, String key, Long responsible, Long department, LocalDate due) {
        return new Obligation(kind, key, "件名 " + key, responsible, department, due, "ledger/" + key, Severity.NORMAL);
    }
}
