package jp.mamori.consignee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
}
