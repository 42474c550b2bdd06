package jp.mamori.consignee;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.mamori.review.ReviewInput;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import jp.mamori.support.PdfText;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MamoriIntegrationTest
class ConsigneeReportsTest {

    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    ConsigneeReports reports;
    @Autowired
    ConsigneeExport export;
    @Autowired
    ConsigneeReviewInputs reviewInputs;
    @Autowired
    ConsigneeService consignees;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;

    @Test
    void theEvaluationSheetShowsTheAnswersScoreAndDecisionWithJapaneseEraDates() throws IOException {
        LocalDate today = LocalDate.now(clock);
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 10, 10);
        Consignee consignee = consigneeFixtures.consignee("帳票株式会社", ConsigneeStatus.CANDIDATE);
        Assessment assessment = consigneeFixtures.approve(consignee, template, today);

        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        SystemActor.run(() -> reports.writeSheet(sheet, assessment.getId(), Locale.JAPANESE));
        String text = PdfText.of(sheet.toByteArray());
        assertThat(text).contains("委託先評価シート", consignee.getName(), "評価項目1", "適合", "確認済み", "100.0%",
                "承認", JapaneseDates.wareki(today).replaceAll("\\s+", ""));

        ByteArrayOutputStream period = new ByteArrayOutputStream();
        SystemActor.run(() -> reports.writePeriod(period, today, today, Locale.ENGLISH));
        assertThat(PdfText.of(period.toByteArray())).contains("Consigneeevaluations", consignee.getName(), "Approve");
    }

    @Test
    void theRegisterExportKeepsFormulaLikeTextInertAndTheReviewCountsEvaluations() throws IOException {
        LocalDate today = LocalDate.now(clock);
        String formula = "=HYPERLINK(\"http://example.invalid\",\"" + Fixtures.unique("x") + "\")";
        Consignee consignee = SystemActor.call(() -> consigneeFixtures.consignee("式株式会社", ConsigneeStatus.CANDIDATE));
        Consignee named = SystemActor.call(() -> {
            ConsigneeValues values = new ConsigneeValues(formula, null, null, "=1+1", null, null,
                    ConsigneeStatus.CANDIDATE, true);
            return consigneeFixtures.rename(consignee, values);
        });
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SystemActor.run(() -> export.writeRegister(xlsx, new ConsigneeFilter(formula, null, null), Locale.JAPANESE));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("委託先名");
            assertThat(rows).hasSize(2);
            Cell name = rows.get(1).getCell(0);
            assertThat(name.getType()).isEqualTo(CellType.STRING);
            assertThat(name.getFormula()).isNull();
            assertThat(name.getText()).isEqualTo(named.getName());
            assertThat(rows.get(1).getCell(3).getType()).isEqualTo(CellType.STRING);
        }

        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 10);
        consigneeFixtures.approve(consignee, template, today);
        ByteArrayOutputStream evaluations = new ByteArrayOutputStream();
        SystemActor.run(() -> export.writeEvaluations(evaluations, today, today, Locale.JAPANESE));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(evaluations.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read().stream().skip(1).map(row -> row.getCellText(1)))
                    .contains(named.getName());
        }
        List<ReviewInput> inputs = SystemActor.call(() -> reviewInputs.inputsFor(today, today, Locale.JAPANESE));
        assertThat(inputs).singleElement().satisfies(input -> {
            assertThat(input.key()).isEqualTo("consignee.status");
            assertThat(input.lines().getFirst()).startsWith("期間中の評価");
            assertThat(input.lines()).anyMatch(line -> line.contains(named.getName()) && line.contains("100.0%"));
        });
    }

    @Test
    void theRegisterExportNamesParentsAndCertificationsInAsManyStatementsForSixRowsAsForTwo() throws IOException {
        LocalDate today = LocalDate.now(clock);
        String few = Fixtures.unique("出力少");
        String many = Fixtures.unique("出力多");
        IntStream.range(0, 2).forEach(i -> certifiedSubConsignee(few, today));
        List<Consignee> listed = IntStream.range(0, 6).mapToObj(i -> certifiedSubConsignee(many, today)).toList();
        Consignee bare = consigneeFixtures.consignee(many, ConsigneeStatus.CANDIDATE);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SystemActor.run(() -> export.writeRegister(xlsx, new ConsigneeFilter(many, null, null), Locale.JAPANESE));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Map<String, Row> rows = workbook.getFirstSheet().read().stream().skip(1)
                    .collect(Collectors.toMap(row -> row.getCellText(0), Function.identity()));
            assertThat(rows).hasSize(listed.size() + 1);
            String certifications = "ISMS（ISO/IEC 27001） " + JapaneseDates.iso(today.plusDays(30))
                    + "\nプライバシーマーク " + JapaneseDates.iso(today.plusDays(10))
                    + "\nプライバシーマーク " + JapaneseDates.iso(today.plusDays(400));
            listed.forEach(consignee -> {
                Row row = rows.get(consignee.getName());
                assertThat(row.getCellText(5)).isEqualTo(consignee.getParent().getName());
                assertThat(row.getCellText(9)).isEqualTo(certifications);
            });
            Row row = rows.get(bare.getName());
            assertThat(row.getCell(5)).isNull();
            assertThat(row.getCell(9).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCellText(9)).isEmpty();
        }
        assertThat(statementsToExport(many)).isEqualTo(statementsToExport(few));

        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        SystemActor.run(() -> export.writeRegister(empty, new ConsigneeFilter(Fixtures.unique("該当なし"), null, null),
                Locale.JAPANESE));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(empty.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }

    /** A consignee named after the tag, under a parent that is not (so not loaded with the register). */
    private Consignee certifiedSubConsignee(String tag, LocalDate today) {
        Consignee parent = consigneeFixtures.consignee("元請", ConsigneeStatus.CANDIDATE);
        Consignee consignee = consigneeFixtures.consignee(tag, ConsigneeStatus.CANDIDATE);
        Consignee child = consigneeFixtures.rename(consignee, new ConsigneeValues(consignee.getName(), null, null, null,
                null, parent.getId(), ConsigneeStatus.CANDIDATE, true));
        certify(child, CertificationKind.PRIVACY_MARK, today.plusDays(400));
        certify(child, CertificationKind.ISMS, today.plusDays(30));
        certify(child, CertificationKind.PRIVACY_MARK, today.plusDays(10));
        return SystemActor.call(() -> consignees.get(child.getId()));
    }

    private void certify(Consignee consignee, CertificationKind kind, LocalDate expiresOn) {
        Certification certification = SystemActor.call(() -> consignees.newCertification(consignee.getId()));
        certification.setKind(kind);
        certification.setExpiresOn(expiresOn);
        SystemActor.run(() -> consignees.saveCertification(certification));
    }

    /** Statistics are switched on only around the export: they count for the whole application. */
    private long statementsToExport(String text) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            SystemActor.run(() -> export.writeRegister(OutputStream.nullOutputStream(),
                    new ConsigneeFilter(text, null, null), Locale.JAPANESE));
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
