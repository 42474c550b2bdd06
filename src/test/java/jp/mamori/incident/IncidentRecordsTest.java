package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Report obligations, the PDF draft of the nine items and the xlsx register. */
@MamoriIntegrationTest
class IncidentRecordsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    IncidentService incidents;
    @Autowired
    IncidentObligations obligations;
    @Autowired
    IncidentReport report;
    @Autowired
    IncidentExport export;

    private MamoriPrincipal manager;

    @BeforeEach
    void signIn() {
        manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
    }

    @Test
    void eachReportIsACriticalObligationUntilItsDateIsRecorded() {
        Incident incident = save(values("USBメモリ紛失", LocalDate.of(2026, 4, 1), true, null, null));
        String key = String.valueOf(incident.getId());
        assertThat(open(LocalDate.of(2026, 4, 5), key)).isEmpty();
        assertThat(open(LocalDate.of(2026, 4, 6), key)).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("incident.preliminary");
            assertThat(o.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(o.link()).isEqualTo("incidents/" + key);
            assertThat(o.subject()).isEqualTo("USBメモリ紛失");
        });
        assertThat(open(LocalDate.of(2026, 5, 1), key)).extracting(Obligation::kind)
                .containsExactly("incident.preliminary", "incident.final");

        Incident preliminary = save(incident.getId(), values("USBメモリ紛失", LocalDate.of(2026, 4, 1), true,
                LocalDate.of(2026, 4, 3), null));
        assertThat(preliminary.getStatus()).isEqualTo(IncidentStatus.AWAITING_FINAL_REPORT);
        assertThat(open(LocalDate.of(2026, 5, 1), key)).extracting(Obligation::kind).containsExactly("incident.final");

        Incident done = save(incident.getId(), values("USBメモリ紛失", LocalDate.of(2026, 4, 1), true,
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 28)));
        assertThat(done.getStatus()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(open(LocalDate.of(2030, 1, 1), key)).isEmpty();
    }

    @Test
    void aBreachThatIsNotReportableOwesNoReport() {
        Incident incident = save(values("社内誤配信", LocalDate.of(2026, 4, 1), false, null, null));
        assertThat(open(LocalDate.of(2030, 1, 1), String.valueOf(incident.getId()))).isEmpty();
    }

    @Test
    void reportDatesFollowTheBreach() {
        assertThatThrownBy(() -> save(values("x", LocalDate.of(2026, 4, 1), true, LocalDate.of(2026, 3, 31), null)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("incident.error.reportBeforeLearned");
        assertThatThrownBy(() -> save(values("x", LocalDate.of(2026, 4, 1), true, null, LocalDate.of(2026, 4, 20))))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("incident.error.finalBeforePreliminary");
    }

    @Test
    void thePdfDraftHoldsTheDeadlinesAndTheNineItemsInJapanese() throws Exception {
        Incident incident = save(values("顧客名簿の誤送信", LocalDate.of(2026, 4, 6), true, 1500, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Actors.as(manager, () -> report.write(incident.getId(), out, Locale.JAPANESE));
        java.nio.file.Files.write(java.nio.file.Path.of("target/incident-report.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getHeight()).as("A4 portrait").isGreaterThan(box.getWidth());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("漏えい等報告書（案）", "顧客名簿の誤送信", "報告対象", "要配慮個人情報",
                    "2026-05-07（令和8年5月7日）", "2026-04-09（令和8年4月9日）", "2026-04-11（令和8年4月11日）",
                    "1.概要", "メールの宛先誤り", "3.漏えい等が発生し", "1,500人", "5.二次被害", "9.その他参考となる事項",
                    "（未記入）");
        }
    }

    @Test
    void theRegisterExportsAsASpreadsheetWithTypedCells() throws Exception {
        Incident incident = save(values("エクスポート確認", LocalDate.of(2026, 4, 6), true, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Actors.as(manager, () -> export.write(out, Locale.JAPANESE));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all.getFirst().getCellText(0)).isEqualTo("番号");
            assertThat(all.getFirst().getCellText(3)).isEqualTo("発覚日（知った日）");
            Row row = all.stream().filter(r -> "エクスポート確認".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(row.getCellAsNumber(0).orElseThrow().longValue()).isEqualTo(incident.getId());
            assertThat(row.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 6));
            assertThat(row.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(15);
            assertThat(row.getCellText(10)).isEqualTo("要配慮個人情報");
            assertThat(row.getCellAsDate(14).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 7));
        }
    }

    private Incident save(IncidentValues values) {
        return Actors.as(manager, () -> incidents.save(null, null, values));
    }

    private Incident save(long id, IncidentValues values) {
        return Actors.as(manager, () -> incidents.save(id, null, values));
    }

    private List<Obligation> open(LocalDate horizon, String subjectKey) {
        try (Stream<Obligation> stream = obligations.openObligationsDueBy(horizon)) {
            return stream.filter(o -> o.subjectKey().equals(subjectKey)).toList();
        }
    }

    private static IncidentValues values(String title, LocalDate learnedOn, boolean specialCare,
                                         LocalDate preliminaryReportedOn, LocalDate finalReportedOn) {
        return values(title, learnedOn, specialCare, 15, preliminaryReportedOn, finalReportedOn);
    }

    private static IncidentValues values(String title, LocalDate learnedOn, boolean specialCare, int persons,
                                         LocalDate preliminaryReportedOn, LocalDate finalReportedOn) {
        return new IncidentValues(title, "メールの宛先誤りにより顧客名簿を社外に送信した。", LocalDate.of(2026, 4, 1),
                learnedOn, "氏名、住所、病歴", List.of(), persons, "宛先確認の不足", specialCare, false, false, false,
                preliminaryReportedOn, finalReportedOn, null, null, null, null, null, null, null, null);
    }
}
