package jp.mamori.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import jp.mamori.ledger.LedgerExport;
import jp.mamori.ledger.LedgerFilter;
import jp.mamori.ledger.LedgerImportService;
import jp.mamori.ledger.LedgerReport;
import jp.mamori.ledger.LedgerRow;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.ledger.Medium;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.shared.tabular.TabularFile;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The ledger at scale: 100,000 entries. Prints, does not assert: the 50-row filtered and sorted
 * page through the service against the same page read by plain JDBC with the same SQL and every
 * value bound as a parameter, as the service binds them (target ≤ 1.5×), a
 * 10,000-row xlsx import (target < 10 s) and a 10,000-entry PDF (target < 3 s, streamed).
 * Run with {@code ./mvnw -o -Pbench test -Dtest=LedgerBenchmark}; {@code -Dbench.only=pdf} (or
 * {@code page}, {@code import}) runs one part, passed to the test JVM through JDK_JAVA_OPTIONS.
 */
@MamoriIntegrationTest
class LedgerBenchmark {

    private static final int ENTRIES = 100_000;
    private static final int BIG_DEPARTMENT = 10_000;
    private static final int DEPARTMENTS = 20;

    private static final String ROW_SQL = """
            select e.id, e.version, e.reference, e.name, d.id, d.name, o.id, o.display_name, e.data_items,
                   e.data_subjects, e.approximate_count, e.medium, e.special_care, e.my_number,
                   e.retained_personal_data, e.status, e.last_reviewed_on, e.next_review_date, e.unaccepted_high_risk
            from ledger_entry e join department d on d.id = e.department_id
            left join user_account o on o.id = e.owner_id
            """;

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerImportService importer;
    @Autowired
    LedgerExport export;
    @Autowired
    LedgerReport report;
    @Autowired
    DataSource dataSource;
    @Autowired
    Messages messages;

    @Autowired
    EmbeddedPostgres postgres;
    ProcessCpu cpu;

    @Test
    void ledgerAtScale() throws Exception {
        cpu = new ProcessCpu(postgres.getPort());
        System.out.printf("%nLoad average at start: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        List<Long> departments = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS; i++) {
            departments.add(fixtures.department("ベンチ部門" + i).getId());
        }
        UserAccount owner = fixtures.user("bench", null, Role.EMPLOYEE);
        long started = System.nanoTime();
        fill(departments, owner.getId());
        System.out.printf("%n=== Ledger benchmark: %,d entries generated in %.1f s%n", ENTRIES, seconds(started));

        String only = System.getProperty("bench.only", "page,pdf,import");
        long other = departments.get(3);
        if (only.contains("page")) {
            pages(other);
        }
        LedgerFilter big = new LedgerFilter(null, departments.getFirst(), Set.of(), null, null, null, null, false);
        if (only.contains("pdf")) {
            pdf(big, "cold JVM");
            pdf(big, "warm JVM");
        }
        if (only.contains("import")) {
            ByteArrayOutputStream exported = new ByteArrayOutputStream();
            SystemActor.run(() -> export.writeXlsx(exported, big));
            List<TabularFile.Content> sheets = TabularFile.readSheets(exported.toByteArray(), messages, Locale.JAPANESE);
            importTenThousand(sheets, "N", "cold JVM");
            importTenThousand(sheets, "M", "warm JVM");
        }
    }

    private void pages(long other) {
        page("department + status, sorted by name, page 3",
                new LedgerFilter(null, other, Set.of(LedgerStatus.ACTIVE), null, null, null, null, false),
                PageRequest.of(2, 50, Sort.by("name")),
                "where e.department_id = ? and e.status in (?) order by e.name asc, e.id asc offset ? limit ?",
                other, "ACTIVE", 100, 50);
        String textMatch = "where (lower(e.name) like ? escape '\\' or lower(e.data_items) like ? escape '\\'"
                + " or lower(e.reference) like ? escape '\\' or exists (select 1 from ledger_entry_purpose ep"
                + " join purpose p on p.id = ep.purpose_id where ep.entry_id = e.id and (lower(p.text_ja) like ?"
                + " escape '\\' or lower(p.text_en) like ? escape '\\')))";
        page("free text over name, items and purposes (30% match), sorted by next review date desc",
                new LedgerFilter("採用", null, Set.of(), null, null, null, null, false),
                PageRequest.of(0, 50, Sort.by(Sort.Order.desc("nextReviewDate"))),
                textMatch + " order by e.next_review_date desc, e.id asc offset ? limit ?",
                "%採用%", "%採用%", "%採用%", "%採用%", "%採用%", 0, 50);
        page("rare free text, sorted by name",
                new LedgerFilter("の個人情報 7777", null, Set.of(), null, null, null, null, false),
                PageRequest.of(0, 50, Sort.by("name")),
                textMatch + " order by e.name asc, e.id asc offset ? limit ?",
                "%の個人情報 7777%", "%の個人情報 7777%", "%の個人情報 7777%", "%の個人情報 7777%",
                "%の個人情報 7777%", 0, 50);
        page("unaccepted high risk + special care, sorted by department then reference",
                new LedgerFilter(null, null, Set.of(), true, null, null, true, false),
                PageRequest.of(1, 50, Sort.by("department", "reference")),
                "where e.special_care = ? and e.unaccepted_high_risk = ?"
                        + " order by d.name asc, e.reference asc, e.id asc offset ? limit ?", true, true, 50, 50);
    }

    private void page(String name, LedgerFilter filter, PageRequest request, String jdbcTail, Object... parameters) {
        Supplier<List<LedgerRow>> service = () -> SystemActor.call(() -> ledger.page(filter, request));
        Supplier<List<LedgerRow>> jdbc = () -> jdbcPage(jdbcTail, parameters);
        if (!service.get().equals(jdbc.get())) {
            throw new IllegalStateException("The service and JDBC pages differ for " + name);
        }
        double[] medians = interleavedMedians(service, jdbc);
        long total = SystemActor.call(() -> ledger.count(filter));
        System.out.printf("Page [%s] (%d rows of %,d): service %.2f ms, JDBC %.2f ms, ratio %.2f×"
                        + " (JVM CPU per page: service %.2f ms, JDBC %.2f ms)%n", name, service.get().size(), total,
                medians[0], medians[1], medians[0] / medians[1], medians[2], medians[3]);
    }

    private void pdf(LedgerFilter big, String run) throws Exception {
        System.gc();
        long[] size = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        };
        long count = SystemActor.call(() -> ledger.count(big));
        long started = System.nanoTime();
        ProcessCpu.Sample cpuBefore = cpu.sample();
        long retained;
        try (RetainedHeap heap = new RetainedHeap()) {
            SystemActor.run(() -> report.write(counting, big));
            retained = heap.maximum();
        }
        double elapsed = seconds(started);
        ProcessCpu.Sample cpuUsed = cpu.sample().minus(cpuBefore);
        System.out.printf("PDF of %,d entries (+%,d risks), %s: %.2f s wall, %s, %,d KB;"
                        + " heap retained after GC at most %,d MB while writing (max heap %,d MB)%n", count, count * 2,
                run, elapsed, cpuUsed, size[0] / 1024, retained >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private void importTenThousand(List<TabularFile.Content> sheets, String prefix, String run) throws IOException {
        byte[] xlsx = renumbered(sheets, prefix);
        System.out.printf("Import file: %,d ledger rows, %,d risk rows, %,d KB%n", sheets.get(0).lines().size(),
                sheets.get(1).lines().size(), xlsx.length / 1024);
        UserAccount privacyManager = fixtures.user("benchpm" + prefix, null, Role.PRIVACY_MANAGER);
        long started = System.nanoTime();
        ProcessCpu.Sample cpuBefore = cpu.sample();
        LedgerImportService.Result result = Actors.as(fixtures.principalOf(privacyManager),
                () -> importer.importFile(xlsx, Locale.JAPANESE));
        System.out.printf("Import of %,d new entries with %,d risks, %s: %.2f s wall, %s%n",
                result.created(), result.risks(), run, seconds(started), cpu.sample().minus(cpuBefore));
    }

    /** The exported workbook with new references and no risk ids, so that every row creates an entry. */
    private static byte[] renumbered(List<TabularFile.Content> sheets, String prefix) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "bench", "1.0");
        for (int s = 0; s < sheets.size(); s++) {
            Worksheet sheet = workbook.newWorksheet("Sheet" + (s + 1));
            TabularFile.Content content = sheets.get(s);
            for (int c = 0; c < content.header().size(); c++) {
                sheet.value(0, c, content.header().get(c));
            }
            int row = 1;
            for (TabularFile.Line line : content.lines()) {
                for (int c = 0; c < content.header().size(); c++) {
                    String value = line.cell(c);
                    if (c == 0) {
                        value = prefix + value;
                    } else if (s == 1 && c == 2) {
                        value = "";
                    }
                    if (!value.isEmpty()) {
                        sheet.value(row, c, value);
                    }
                }
                row++;
            }
            sheet.finish();
        }
        workbook.finish();
        return out.toByteArray();
    }

    private List<LedgerRow> jdbcPage(String tail, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            List<LedgerRow> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(ROW_SQL + tail)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new LedgerRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5), rs.getString(6), rs.getObject(7, Long.class), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getObject(11, Integer.class),
                                Medium.valueOf(rs.getString(12)), rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15),
                                LedgerStatus.valueOf(rs.getString(16)), rs.getObject(17, LocalDate.class),
                                rs.getObject(18, LocalDate.class), rs.getBoolean(19)));
                    }
                }
            }
            Map<Long, List<String>> purposes = new HashMap<>();
            if (!rows.isEmpty()) {
                Array ids = connection.createArrayOf("bigint", rows.stream().map(LedgerRow::id).toArray());
                try (PreparedStatement statement = connection.prepareStatement(
                        "select ep.entry_id, p.text_ja from ledger_entry_purpose ep join purpose p on p.id = ep.purpose_id"
                                + " where ep.entry_id = any(?) order by p.id")) {
                    statement.setArray(1, ids);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            purposes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                }
            }
            return rows.stream().map(row -> new LedgerRow(row.id(), row.version(), row.reference(), row.name(),
                    row.departmentId(), row.departmentName(), row.ownerId(), row.ownerName(), row.dataItems(),
                    row.dataSubjects(), row.approximateCount(), row.medium(), row.specialCare(), row.myNumber(),
                    row.retainedPersonalData(), row.status(), row.lastReviewedOn(), row.nextReviewDate(),
                    row.unacceptedHighRisk(), purposes.getOrDefault(row.id(), List.of()))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fill(List<Long> departments, long ownerId) throws SQLException {
        String others = departments.subList(1, departments.size()).stream().map(String::valueOf)
                .collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into purpose (text_ja, category)
                    select (array['商品の発送','会員サービスの提供','採用選考','給与の支払','問い合わせへの回答',
                                  'セミナーの案内','アンケートの集計','契約の履行','入退館の管理','広告の配信'])[1 + g % 10]
                           || 'のため（' || g || '）', 'ベンチ'
                    from generate_series(1, 50) g""");
            statement.execute("""
                    insert into ledger_entry (reference, department_id, owner_id, name, data_items, data_subjects,
                        approximate_count, medium, format, special_care, my_number, acquisition_method, notice_consent,
                        storage_place, storage_method, retention_period, disposal_method, retained_personal_data,
                        leak_impact, status, next_review_date, unaccepted_high_risk)
                    select 'B-' || lpad(g::text, 6, '0'),
                           case when g <= %d then %d else (array[%s])[1 + g %% %d] end,
                           %d,
                           (array['顧客','会員','従業者','採用応募者','取引先担当者','株主','来訪者','問い合わせ者',
                                  'セミナー参加者','アンケート回答者'])[1 + g %% 10] || 'の個人情報 ' || g,
                           '氏名、住所、電話番号、メールアドレス、'
                               || (array['購入履歴','健康状態','口座番号','学歴','家族構成'])[1 + g %% 5],
                           (array['お客様','従業者','応募者','取引先'])[1 + g %% 4],
                           g %% 5000, (array['PAPER','ELECTRONIC','BOTH'])[1 + g %% 3], '台帳システム',
                           g %% 7 = 0, g %% 11 = 0, 'DIRECT_WRITTEN', 'CONSENTED', '本社', '施錠保管', '5年',
                           'SHREDDING', g %% 2 = 0, (array['LOW','MEDIUM','HIGH'])[1 + g %% 3],
                           case when g %% 10 = 0 then 'DRAFT' when g %% 25 = 0 then 'RETIRED' else 'ACTIVE' end,
                           date '2026-01-01' + (g %% 730), g %% 13 = 0
                    from generate_series(1, %d) g""".formatted(BIG_DEPARTMENT, departments.getFirst(), others,
                    departments.size() - 1, ownerId, ENTRIES));
            statement.execute("""
                    insert into ledger_entry_purpose (entry_id, purpose_id)
                    select e.id, p.id from ledger_entry e
                    join (select id, row_number() over (order by id) - 1 as n from purpose where category = 'ベンチ') p
                      on p.n = e.id % 50 or (e.id % 2 = 0 and p.n = (e.id + 7) % 50)
                    where e.reference like 'B-%'""");
            statement.execute("""
                    insert into ledger_risk (entry_id, stage, threat, description, likelihood, impact, measures,
                        residual_risk, decision)
                    select e.id, s.stage, 'LEAK', '想定されるリスク', 'MEDIUM', 'HIGH', '暗号化とアクセス制御',
                           case when e.unaccepted_high_risk and s.stage = 'STORAGE' then 'HIGH' else 'LOW' end, 'PENDING'
                    from ledger_entry e cross join (values ('ACQUISITION'), ('STORAGE')) s(stage)
                    where e.department_id = %d""".formatted(departments.getFirst()));
            statement.execute("select setval('ledger_entry_reference_seq', 1000000)");
            statement.execute("analyze");
        }
    }

    /**
     * Warms both paths up until the JIT has compiled them (Hibernate's query path needs
     * thousands of calls), then times them alternately so that both see the same load.
     */
    private static double[] interleavedMedians(Supplier<?> first, Supplier<?> second) {
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        for (int i = 0; i < 3000 && System.nanoTime() < warmUntil; i++) {
            first.get();
            second.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] runs = new double[2][201];
        long[] cpu = new long[2];
        for (int i = 0; i < runs[0].length; i++) {
            long before = threads.getCurrentThreadCpuTime();
            runs[0][i] = millis(first);
            long between = threads.getCurrentThreadCpuTime();
            runs[1][i] = millis(second);
            cpu[0] += between - before;
            cpu[1] += threads.getCurrentThreadCpuTime() - between;
        }
        Arrays.sort(runs[0]);
        Arrays.sort(runs[1]);
        return new double[] {runs[0][runs[0].length / 2], runs[1][runs[1].length / 2],
                cpu[0] / 1e6 / runs[0].length, cpu[1] / 1e6 / runs[1].length};
    }

    private static double millis(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000.0;
    }
}
