package jp.mamori.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import jp.mamori.MamoriApplication;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A second application context on the same database stands for the second node of a cluster. */
@ReminderIntegrationTest
class TwoNodeSweepTest {

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    FictionalObligations source;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoNodesSweepingAtTheSameMomentCreateEachNotificationOnce() throws Exception {
        UserAccount manager = fixtures.user("manager", null);
        Department department = fixtures.department("二拠点部", null, manager.getId());
        fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        List<UserAccount> workers = IntStream.range(0, 5).mapToObj(i -> fixtures.user("worker", department)).toList();
        String kind = Fixtures.unique("t.nodes.");
        LocalDate today = LocalDate.of(2034, 5, 20);
        List<Obligation> obligations = IntStream.range(0, 3000)
                .mapToObj(i -> ReminderSweepTest.obligation(kind, "N-" + i, workers.get(i % 5).getId(), department.getId(),
                        today.plusDays(i % 40 - 9)))
                .toList();

        SecurityContextHolderStrategy firstNodeSecurity = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(MamoriApplication.class,
                ReminderTestConfiguration.class)
                .profiles("test")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--mamori.reminder.catch-up-on-start=false",
                        "--mamori.reminder.chunk-size=100",
                        // Quartz keeps schedulers and their data sources in JVM-wide registries by
                        // name: a second one named alike would take over the first node's.
                        "--spring.quartz.scheduler-name=mamori-second-node",
                        "--spring.quartz.auto-startup=false",
                        "--server.port=0")) {
            // Each context's Vaadin security installs its own global holder strategy: give the
            // first node back its own, and hand the second node's to its sweeping thread.
            SecurityContextHolderStrategy secondNodeSecurity = SecurityContextHolder.getContextHolderStrategy();
            SecurityContextHolder.setContextHolderStrategy(firstNodeSecurity);
            ReminderSweeper secondSweeper = second.getBean(ReminderSweeper.class);
            second.getBean(FictionalObligations.class).set(obligations);
            second.getBean(MutableClock.class).setDate(today);
            source.set(obligations);
            clock.setDate(today);

            long before = jdbc.queryForObject("select count(*) from notification", Long.class);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                CompletableFuture<SweepResult> first = CompletableFuture.supplyAsync(
                        () -> sweepAt(together, sweeper, firstNodeSecurity), nodes);
                CompletableFuture<SweepResult> other = CompletableFuture.supplyAsync(
                        () -> sweepAt(together, secondSweeper, secondNodeSecurity), nodes);
                SweepResult a = first.get();
                SweepResult b = other.get();

                // Other features' sources contribute too: every row either node created exists once.
                assertThat(a.candidates()).isEqualTo(b.candidates()).isGreaterThan(3000);
                long after = jdbc.queryForObject("select count(*) from notification", Long.class);
                assertThat(a.created() + b.created()).isEqualTo(after - before);
                long ours = jdbc.queryForObject("select count(*) from notification where kind = ?", Long.class, kind);
                assertThat(ours).isGreaterThanOrEqualTo(3000);
                assertThat(jdbc.queryForObject("""
                        select count(*) from notification_delivery d join notification n on n.id = d.notification_id
                        where n.kind = ?
                        """, Long.class, kind)).as("one outbox row per notification").isEqualTo(ours);
            } finally {
                nodes.shutdown();
                source.clear();
                clock.reset();
            }
        }
    }

    private static SweepResult sweepAt(CyclicBarrier together, ReminderSweeper sweeper,
                                       SecurityContextHolderStrategy security) {
        MamoriPrincipal system = Actors.principal(0L, SystemActor.USERNAME, Role.ADMIN);
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        security.setContext(context);
        try {
            together.await();
            return sweeper.sweep(SweepTrigger.MANUAL);
        } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
            throw new IllegalStateException(e);
        } finally {
            security.clearContext();
        }
    }
}
