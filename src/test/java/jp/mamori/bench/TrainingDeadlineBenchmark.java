package jp.mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import jp.mamori.organisation.Department;
import jp.mamori.security.ApiTokenService;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.training.AssignmentService;
import jp.mamori.training.Choice;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.CourseService;
import jp.mamori.training.Question;
import jp.mamori.training.RuleScope;
import jp.mamori.training.TrainingData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deadline day: 5,000 workers submit their test and sign their pledge through the REST API,
 * 200 at a time, each with a personal API token. Prints p50/p95/p99, throughput and the CPU
 * per request, next to the same writes done with raw JDBC at the same concurrency, and checks
 * that exactly one submission and one attestation per worker were stored.
 * <p>
 * A server meets its deadline day warm: before the measured cohort, another cohort of workers
 * (20,000 by default: on two cores the JIT needs about that long to settle) goes through the
 * same flow while the request path is compiled. Its figures are printed too, as the cold start.
 * Run it with
 * {@code ./mvnw -o -Pbench test -Dtest=TrainingDeadlineBenchmark} (add {@code -Dbench.workers=…},
 * {@code -Dbench.warmup=…} or {@code -Dbench.concurrency=…} to vary the load).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrainingDeadlineBenchmark {

    private static final int WORKERS = Integer.getInteger("bench.workers", 5_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20_000);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 200);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingData data;
    @Autowired
    CourseService courses;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    MeterRegistry meters;

    record Worker(long userId, String username, long assignmentId, String token) {
    }

    @Test
    void deadlineDay() throws Exception {
        ProcessCpu cpu = new ProcessCpu(postgres.getPort());
        long setupStart = System.nanoTime();
        MamoriPrincipal pm = data.privacyManager();
        Department department = fixtures.department("締切日ベンチ");
        Course course = data.course(pm, CourseKind.AD_HOC, 100, 3);
        List<Account> users = insertWorkers(department.getId(), WARMUP + WORKERS);
        long assignStart = System.nanoTime();
        int assigned = Actors.as(pm, () -> {
            courses.addRule(course.getId(), RuleScope.DEPARTMENT, department.getId(), null, null);
            return assignments.applyRules(LocalDate.now(clock));
        });
        double assignSeconds = seconds(assignStart);
        assertThat(assigned).isEqualTo(WARMUP + WORKERS);
        List<Worker> everyone = issueTokens(users, course.getId());
        List<Worker> warmup = everyone.subList(0, WARMUP);
        List<Worker> workers = everyone.subList(WARMUP, everyone.size());
        System.out.printf(Locale.ROOT, "setup: %d workers, %d assignments by rule in %.1f s, tokens issued; total %.1f s; "
                        + "%d concurrent clients; %d processors; load average %.1f; heap %d MB at start%n", WORKERS,
                assigned, assignSeconds, seconds(setupStart), CONCURRENCY, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() >> 20);

        String answers = course.getQuestions().stream().map(TrainingDeadlineBenchmark::rightAnswer)
                .collect(Collectors.joining(",", "{\"answers\":[", "]}"));
        String pledge = "{\"pledgeVersion\":1,\"accepted\":true}";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();

        Work quiz = worker -> new long[] {
                call(client, get("/api/v1/training-assignments/" + worker.assignmentId() + "/quiz", worker), 200)};
        Work submitAndAttest = worker -> new long[] {
                call(client, post("/api/v1/training-assignments/" + worker.assignmentId() + "/quiz-submissions",
                        worker, answers), 201),
                call(client, post("/api/v1/training-assignments/" + worker.assignmentId() + "/attestation",
                        worker, pledge), 201)};

        ProcessCpu.Sample before = cpu.sample();
        if (WARMUP > 0) {
            Phase cold = run(warmup, worker -> LongStream.concat(Arrays.stream(quiz.run(worker)),
                    Arrays.stream(submitAndAttest.run(worker))).toArray());
            report("warm-up cohort, cold JVM (GET + 2 POST)", cold);
            before = reportCpu(cpu, before, cold);
        }
        Phase reads = run(workers, quiz);
        report("GET quiz", reads);
        before = reportCpu(cpu, before, reads);

        ServerTimes writesStart = serverTimes();
        Phase writes = run(workers, submitAndAttest);
        report("POST quiz-submission + attestation", writes);
        report("  of which POST quiz-submission", writes.step(0));
        report("  of which POST attestation", writes.step(1));
        serverSide(writesStart);
        jdbc.query("select n_tup_upd, n_tup_hot_upd from pg_stat_user_tables where relname = 'training_assignment'",
                (ResultSet rs) -> {
                    System.out.printf(Locale.ROOT, "    training_assignment: %d row updates so far, %d of them in place (HOT)%n",
                            rs.getLong(1), rs.getLong(2));
                });
        before = reportCpu(cpu, before, writes);

        Phase baseline = rawJdbcBaseline(workers, course.getId());
        report("raw JDBC baseline (same writes, same concurrency)", baseline);
        reportCpu(cpu, before, baseline);
        System.out.printf(Locale.ROOT, "ratio API/JDBC: p50 %.1fx, p95 %.1fx, throughput %.2fx%n",
                writes.percentile(50) / baseline.percentile(50), writes.percentile(95) / baseline.percentile(95),
                writes.throughput() / baseline.throughput());

        assertThat(writes.failures.get()).as("failed requests").isZero();
        int everyoneCount = WARMUP + WORKERS;
        assertThat(jdbc.queryForObject("""
                select count(*) from quiz_submission s join training_assignment a on a.id = s.assignment_id
                where a.course_id = ?""", Long.class, course.getId())).isEqualTo(everyoneCount);
        assertThat(jdbc.queryForObject("select count(distinct assignment_id) from quiz_submission s join "
                + "training_assignment a on a.id = s.assignment_id where a.course_id = ?", Long.class, course.getId()))
                .isEqualTo(everyoneCount);
        assertThat(jdbc.queryForObject("select count(*) from attestation where course_id = ?", Long.class,
                course.getId())).isEqualTo(everyoneCount);
        assertThat(jdbc.queryForObject("select count(*) from training_assignment where course_id = ? and status = "
                + "'COMPLETED'", Long.class, course.getId())).isEqualTo(everyoneCount);
    }

    /** What the server measured itself: all API calls, and the admission wait among them. */
    record ServerTimes(long calls, double callSeconds, long admissions, double waitSeconds) {
    }

    private ServerTimes serverTimes() {
        Timer wait = meters.find("mamori.api.admission.wait").timer();
        double callSeconds = 0;
        long calls = 0;
        for (Timer timer : meters.find("http.server.requests").timers()) {
            if (timer.getId().getTag("uri") != null && timer.getId().getTag("uri").startsWith("/api/")) {
                calls += timer.count();
                callSeconds += timer.totalTime(TimeUnit.SECONDS);
            }
        }
        return new ServerTimes(calls, callSeconds, wait == null ? 0 : wait.count(),
                wait == null ? 0 : wait.totalTime(TimeUnit.SECONDS));
    }

    private void serverSide(ServerTimes before) {
        ServerTimes now = serverTimes();
        long calls = now.calls() - before.calls();
        long admissions = now.admissions() - before.admissions();
        System.out.printf(Locale.ROOT, "    server side: %d calls, mean %.1f ms in the server, of which %.1f ms waiting "
                        + "for admission%n", calls, 1000 * (now.callSeconds() - before.callSeconds()) / Math.max(1, calls),
                1000 * (now.waitSeconds() - before.waitSeconds()) / Math.max(1, admissions));
    }

    record Account(long id, String username) {
    }

    private List<Account> insertWorkers(long departmentId, int count) {
        String hash = passwordEncoder.encode(UUID.randomUUID().toString());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "bench." + run + "." + i;
            rows.add(new Object[] {username, "ベンチ 従業者" + i, username + "@example.jp", departmentId, hash});
        }
        jdbc.batchUpdate("""
                insert into user_account (username, display_name, email, department_id, active, hire_date,
                                          password_hash, language)
                values (?, ?, ?, ?, true, date '2020-04-01', ?, 'ja')""", rows);
        jdbc.update("""
                insert into user_account_role (user_id, role)
                select id, 'EMPLOYEE' from user_account where username like ?""", "bench." + run + ".%");
        return jdbc.query("select id, username from user_account where username like ? order by id",
                (rs, n) -> new Account(rs.getLong(1), rs.getString(2)), "bench." + run + ".%");
    }

    private List<Worker> issueTokens(List<Account> users, long courseId) throws Exception {
        java.util.Map<Long, Long> assignmentOf = new java.util.HashMap<>();
        jdbc.query("select user_id, id from training_assignment where course_id = ?",
                (ResultSet rs) -> {
                    assignmentOf.put(rs.getLong(1), rs.getLong(2));
                }, courseId);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Worker>> issued = new ArrayList<>();
            for (Account user : users) {
                long userId = user.id();
                String username = user.username();
                issued.add(pool.submit(() -> new Worker(userId, username, assignmentOf.get(userId),
                        Actors.as(Actors.principal(userId, username, Role.EMPLOYEE),
                                () -> tokens.create("deadline benchmark").secret()))));
            }
            List<Worker> workers = new ArrayList<>();
            for (Future<Worker> worker : issued) {
                workers.add(worker.get());
            }
            return workers;
        }
    }

    /** Latencies in nanoseconds of every request of one phase, and its wall-clock time. */
    static final class Phase {
        final long[] latencies;
        final long wallNanos;
        final AtomicInteger failures;
        /** Per worker, the latency of each of its requests in order (to tell the steps apart). */
        final List<long[]> perWorker;

        Phase(List<long[]> perWorker, long wallNanos, AtomicInteger failures) {
            this.perWorker = perWorker;
            this.latencies = perWorker.stream().flatMapToLong(Arrays::stream).toArray();
            this.wallNanos = wallNanos;
            this.failures = failures;
            Arrays.sort(latencies);
        }

        /** The requests of one step of every worker (the wall clock is the whole phase's). */
        Phase step(int index) {
            return new Phase(perWorker.stream().filter(steps -> steps.length > index)
                    .map(steps -> new long[] {steps[index]}).toList(), wallNanos, new AtomicInteger());
        }

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1_000_000.0;
        }

        double throughput() {
            return latencies.length / (wallNanos / 1_000_000_000.0);
        }
    }

    interface Work {
        long[] run(Worker worker) throws Exception;
    }

    private Phase run(List<Worker> workers, Work work) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY, Thread.ofVirtual().factory())) {
            for (Worker worker : workers) {
                results.add(pool.submit(() -> {
                    try {
                        return work.run(worker);
                    } catch (Exception | AssertionError e) {
                        if (failures.incrementAndGet() <= 5) {
                            System.out.println("failure: " + e);
                        }
                        return new long[0];
                    }
                }));
            }
        }
        long wall = System.nanoTime() - start;
        List<long[]> perWorker = new ArrayList<>();
        for (Future<long[]> result : results) {
            perWorker.add(result.get());
        }
        return new Phase(perWorker, wall, failures);
    }

    private static long call(HttpClient client, HttpRequest request, int expected) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != expected) {
            throw new AssertionError(request.method() + " " + request.uri() + " -> " + response.statusCode() + " "
                    + response.body());
        }
        return elapsed;
    }

    private HttpRequest get(String path, Worker worker) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + worker.token()).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private HttpRequest post(String path, Worker worker, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + worker.token()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String rightAnswer(Question question) {
        List<Choice> choices = question.getChoices();
        String right = java.util.stream.IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct())
                .mapToObj(String::valueOf).collect(Collectors.joining(","));
        return "{\"questionId\":" + question.getId() + ",\"choices\":[" + right + "]}";
    }

    /**
     * The same rows written without the application: per worker, lock the assignment, insert
     * a submission, insert an attestation and mark the assignment, in one transaction each,
     * into scratch copies of the tables.
     */
    private Phase rawJdbcBaseline(List<Worker> workers, long courseId) throws Exception {
        jdbc.execute("create table bench_submission (like quiz_submission including defaults including identity)");
        jdbc.execute("create table bench_attestation (like attestation including defaults including identity)");
        jdbc.execute("create table bench_assignment as select * from training_assignment where course_id = " + courseId);
        jdbc.execute("alter table bench_assignment add primary key (id)");
        try {
            return run(workers, worker -> {
                long start = System.nanoTime();
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement lock = connection.prepareStatement(
                            "select attempts_used from bench_assignment where id = ? for update")) {
                        lock.setLong(1, worker.assignmentId());
                        lock.executeQuery().close();
                    }
                    long submissionId;
                    try (PreparedStatement insert = connection.prepareStatement("""
                            insert into bench_submission (assignment_id, attempt, course_version, answers, correct_count,
                                question_count, score, passed, submitted_at, client_address)
                            values (?, 1, 1, '1:1;2:0,2', 2, 2, 100, true, now(), '127.0.0.1') returning id""")) {
                        insert.setLong(1, worker.assignmentId());
                        try (ResultSet rs = insert.executeQuery()) {
                            rs.next();
                            submissionId = rs.getLong(1);
                        }
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "update bench_assignment set attempts_used = 1, status = 'PASSED', best_score = 100 where id = ?")) {
                        update.setLong(1, worker.assignmentId());
                        update.executeUpdate();
                    }
                    connection.commit();
                    long first = System.nanoTime() - start;
                    long second = System.nanoTime();
                    try (PreparedStatement insert = connection.prepareStatement("""
                            insert into bench_attestation (assignment_id, submission_id, course_version, user_id,
                                course_id, pledge_version, score, attested_at, client_address)
                            values (?, ?, 1, ?, ?, 1, 100, now(), '127.0.0.1')""");
                         PreparedStatement update = connection.prepareStatement(
                                 "update bench_assignment set status = 'COMPLETED', completed_at = now() where id = ?")) {
                        insert.setLong(1, worker.assignmentId());
                        insert.setLong(2, submissionId);
                        insert.setLong(3, worker.userId());
                        insert.setLong(4, courseId);
                        insert.executeUpdate();
                        update.setLong(1, worker.assignmentId());
                        update.executeUpdate();
                    }
                    connection.commit();
                    return new long[] {first, System.nanoTime() - second};
                }
            });
        } finally {
            jdbc.execute("drop table bench_submission, bench_attestation, bench_assignment");
        }
    }

    private static void report(String name, Phase phase) {
        System.out.printf(Locale.ROOT, "%-52s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  "
                        + "%.0f req/s  wall %.1f s  failures %d%n", name, phase.latencies.length, phase.percentile(50),
                phase.percentile(95), phase.percentile(99), phase.latencies.length == 0 ? 0
                        : phase.latencies[phase.latencies.length - 1] / 1_000_000.0, phase.throughput(),
                phase.wallNanos / 1_000_000_000.0, phase.failures.get());
    }

    /** The CPU the phase cost (client included: it runs in this JVM), per request. */
    private static ProcessCpu.Sample reportCpu(ProcessCpu cpu, ProcessCpu.Sample before, Phase phase) {
        ProcessCpu.Sample now = cpu.sample();
        ProcessCpu.Sample used = now.minus(before);
        System.out.printf(Locale.ROOT, "    %s; per request %.2f ms JVM + %.2f ms PostgreSQL%n", used,
                1000 * used.jvm() / phase.latencies.length, 1000 * used.database() / phase.latencies.length);
        return now;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000.0;
    }
}
