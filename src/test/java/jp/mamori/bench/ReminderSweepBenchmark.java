package jp.mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.ReminderSweeper;
import jp.mamori.reminder.Severity;
import jp.mamori.reminder.SweepResult;
import jp.mamori.reminder.SweepTrigger;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A full sweep of 1,000,000 obligations (10,000 workers × 100) against the same due list
 * computed and inserted by one set-based SQL statement, on the same database in the same run.
 * Due dates spread from 3 days overdue to 30 days ahead, so every obligation has a stage due;
 * overdue ones (about 9%) also go to the department manager and the privacy manager.
 * Quartz stays off, or its mail dispatcher would mark a million outbox rows while the timings run.
 * <p>
 * Run: {@code ./mvnw -o -Pbench test -Dtest=ReminderSweepBenchmark}
 */
@MamoriIntegrationTest
@Import(ReminderSweepBenchmark.Synthetic.class)
@TestPropertySource(properties = {"mamori.reminder.catch-up-on-start=false", "spring.quartz.auto-startup=false"})
class ReminderSweepBenchmark {

    static final int WORKERS = 10_000;
    static final int PER_WORKER = 100;
    static final int DEPARTMENTS = 100;
    static final int ROUNDS = 3;

    @TestConfiguration(proxyBeanMethods = false)
    static class Synthetic {
        @Bean
        SyntheticObligations syntheticObligations() {
            return new SyntheticObligations();
        }
    }

    /** 100 obligations per worker, generated on the fly: nothing of the million is held in memory. */
    static final class SyntheticObligations implements ObligationSource {

        volatile long[] users = new long[0];
        volatile long[] departments = new long[0];
        volatile LocalDate today;

        @Override
        public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
            long[] userIds = users;
            long[] departmentIds = departments;
            LocalDate base = today;
            return IntStream.range(0, userIds.length).boxed().flatMap(w -> IntStream.range(0, PER_WORKER).mapToObj(i ->
                    new Obligation("bench.k" + (i % 5), w + "-" + i, "Synthetic obligation " + w + "-" + i, userIds[w],
                            departmentIds[w], base.plusDays(offset(w, i)), "bench/" + w + "/" + i, Severity.NORMAL)));
        }

        static int offset(int worker, int index) {
            return (worker * PER_WORKER + index) % 34 - 3;
        }
    }

    /** The same list as the Java sweep, in one statement: stages by CASE, escalation by UNION ALL. */
    private static final String SET_BASED = """
            with o as (
                select b.user_id, b.department_id, b.manager_id, 'bench.k' || (i % 5) as kind, b.w || '-' || i as subject_key,
                       'Synthetic obligation ' || b.w || '-' || i as subject, 'bench/' || b.w || '/' || i as link,
                       ((b.w * 100 + i) % 34 - 3) as days_left
                from bench_worker b cross join generate_series(0, 99) as i
            ), s as (
                select o.*, (?::date + o.days_left) as due_date,
                       case when days_left < 0 then 'OVERDUE_' || ((-days_left - 1) / 7 + 1)
                            when days_left = 0 then 'DUE'
                            when days_left <= 1 then 'BEFORE_1'
                            when days_left <= 7 then 'BEFORE_7'
                            else 'BEFORE_30' end as stage,
                       (?::date + case when days_left < 0 then days_left + 1 + ((-days_left - 1) / 7) * 7
                                       when days_left = 0 then 0
                                       when days_left <= 1 then days_left - 1
                                       when days_left <= 7 then days_left - 7
                                       else days_left - 30 end) as fire_date
                from o
            ), r as (
                select s.*, s.user_id as recipient_id, 'RESPONSIBLE' as role from s
                union all
                select s.*, s.manager_id, 'DEPARTMENT_MANAGER' from s
                where s.days_left < 0 and s.manager_id is not null and s.manager_id <> s.user_id
                union all
                select s.*, pm.user_id, 'PRIVACY_MANAGER' from s cross join bench_privacy_manager pm
                where s.days_left < 0 and pm.user_id <> s.user_id and pm.user_id is distinct from s.manager_id
            ), created as (
                insert into notification (kind, subject_key, due_date, stage, recipient_id, recipient_role, subject, link,
                                          severity, fire_date, created_at, sweep_id)
                select kind, subject_key, due_date, stage, recipient_id, role, subject, link, 'NORMAL', fire_date, now(), null
                from r
                on conflict on constraint notification_identity do nothing
                returning id, recipient_id
            )
            insert into notification_delivery (notification_id, recipient_id, digest, status, next_attempt_at)
            select c.id, c.recipient_id, coalesce(p.daily_digest, false), 'PENDING',
                   case when coalesce(p.daily_digest, false) then null else now() end
            from created c left join notification_preference p on p.user_id = c.recipient_id
            """;

    private static final String CHECKSUM = """
            select count(*) || ' rows, checksum ' || sum(hashtext(kind || subject_key || due_date || stage || recipient_id
                   || recipient_role || fire_date)::bigint) from notification where kind like 'bench.%'
            """;

    /** The application's own sources add obligations for the bench workers too; only the synthetic ones are compared. */
    private static final String SYNTHETIC_COUNT = "select count(*) from notification where kind like 'bench.%'";

    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    SyntheticObligations synthetic;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;

    @Test
    void sweepOfAMillionObligationsAgainstOneSetBasedStatement() throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), JapaneseDates.TOKYO);
        createOrganisation(today);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();

        List<Long> javaMillis = new ArrayList<>();
        List<Long> sqlMillis = new ArrayList<>();
        String javaChecksum = null;
        String sqlChecksum = null;
        long rerunMillis = 0;
        SweepResult last = null;
        for (int round = 0; round < ROUNDS; round++) {
            empty();
            long start = System.nanoTime();
            last = SystemActor.call(() -> sweeper.sweep(SweepTrigger.MANUAL));
            javaMillis.add((System.nanoTime() - start) / 1_000_000);
            javaChecksum = jdbc.queryForObject(CHECKSUM, String.class);
            long javaSynthetic = jdbc.queryForObject(SYNTHETIC_COUNT, Long.class);
            if (round == ROUNDS - 1) {
                start = System.nanoTime();
                SweepResult rerun = SystemActor.call(() -> sweeper.sweep(SweepTrigger.MANUAL));
                rerunMillis = (System.nanoTime() - start) / 1_000_000;
                assertThat(rerun.created()).isZero();
            }

            empty();
            start = System.nanoTime();
            int inserted = jdbc.update(SET_BASED, today, today);
            sqlMillis.add((System.nanoTime() - start) / 1_000_000);
            sqlChecksum = jdbc.queryForObject(CHECKSUM, String.class);
            assertThat((long) inserted).isEqualTo(javaSynthetic);
        }
        assertThat(javaChecksum).isEqualTo(sqlChecksum);

        long java = median(javaMillis);
        long sql = median(sqlMillis);
        System.out.printf("""

                ===== ReminderSweepBenchmark =====
                obligations: %,d   notifications created: %,d (%s)
                Java sweep (stream, stages, idempotent chunked insert by 2 writers), ms per round: %s  median %,d ms
                single set-based SQL statement (same rows),             ms per round: %s  median %,d ms
                ratio Java / SQL: %.2f
                rerun of the sweep with everything already notified: %,d ms
                machine load (/proc/loadavg) before: %s, after: %s
                ==================================
                %n""", last.obligations(), last.created(), javaChecksum, javaMillis, java, sqlMillis, sql,
                (double) java / sql, rerunMillis, loadBefore, Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private void createOrganisation(LocalDate today) {
        fixtures.ensureSetUp();
        jdbc.execute("drop table if exists bench_worker");
        jdbc.execute("drop table if exists bench_privacy_manager");
        String prefix = Fixtures.unique("bench");
        jdbc.update("insert into department (code, name) select ? || '-' || d, 'Bench ' || d from generate_series(0, ?) d",
                prefix, DEPARTMENTS - 1);
        jdbc.update("""
                insert into user_account (username, display_name, email, department_id, language)
                select ? || '.' || w, 'Bench worker ' || w, 'w' || w || '@bench.example.jp',
                       (select id from department where code = ? || '-' || (w % ?)), 'ja'
                from generate_series(0, ?) w
                """, prefix, prefix, DEPARTMENTS, WORKERS - 1);
        jdbc.update("""
                insert into user_account_role (user_id, role)
                select id, 'EMPLOYEE' from user_account where username like ? || '.%'
                """, prefix);
        jdbc.update("""
                update department d set manager_id = (select min(u.id) from user_account u where u.department_id = d.id)
                where d.code like ? || '-%'
                """, prefix);
        fixtures.user("benchpm", null, Role.PRIVACY_MANAGER);
        jdbc.execute("""
                create table bench_privacy_manager as
                select u.id as user_id from user_account u join user_account_role r on r.user_id = u.id
                where r.role = 'PRIVACY_MANAGER' and u.active
                """);
        jdbc.execute("create table bench_worker (w int, user_id bigint, department_id bigint, manager_id bigint)");
        jdbc.update("""
                insert into bench_worker
                select (substring(u.username from position('.' in u.username) + 1))::int, u.id, u.department_id, d.manager_id
                from user_account u join department d on d.id = u.department_id where u.username like ? || '.%'
                """, prefix);
        List<long[]> workers = jdbc.query("select w, user_id, department_id from bench_worker order by w",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        assertThat(workers).hasSize(WORKERS);
        synthetic.users = workers.stream().mapToLong(w -> w[1]).toArray();
        synthetic.departments = workers.stream().mapToLong(w -> w[2]).toArray();
        synthetic.today = today;
        jdbc.execute("analyze");
    }

    private void empty() {
        jdbc.execute("truncate notification, notification_delivery");
        jdbc.execute("checkpoint");
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
