package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.ledger.LedgerColumns.Entry;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.shared.tabular.ImportError;
import jp.mamori.shared.tabular.ImportRejected;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class LedgerSpreadsheetTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledgerFixtures;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerExport export;
    @Autowired
    LedgerImportService importer;
    @Autowired
    LedgerReport report;
    @Autowired
    PurposeService purposes;
    @Autowired
    HistoryService history;
    @Autowired
    Messages messages;

    Department department;
    LedgerFilter ofDepartment;
    MamoriPrincipal privacyManager;
    LedgerEntry rich;

    @BeforeEach
    void ledgerOfOneDepartment() {
        department = fixtures.department("経営企画部");
        Department neighbour = fixtures.department("監査室");
        UserAccount owner = fixtures.user("owner", department);
        privacyManager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        ofDepartment = new LedgerFilter(null, department.getId(), Set.of(), null, null, null, null, false);
        Consignee consignee = ledgerFixtures.consignee("給与計算センター", ConsigneeStatus.APPROVED);
        LedgerEntry draft = ledgerFixtures.draft(department, owner, "従業者の給与情報",
                ledgerFixtures.purpose("給与の計算と支払"), ledgerFixtures.purpose("社会保険の手続"));
        draft.setSpecialCare(true);
        draft.setMyNumber(true);
        draft.setAccessDepartments(List.of(department, neighbour));
        draft.setAccessRoles(Set.of(Role.PRIVACY_MANAGER));
        draft.addConsignee(consignee, null);
        draft.setProvision(new ThirdPartyProvision(true, "年金事務所", ProvisionBasis.LEGAL_EXCEPTION, true, "米国"));
        draft.setJointUse(true);
        draft.setJointUseDescription("グループ会社\n氏名・所属\n人事管理\n当社人事部");
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.TRANSFER, Threat.LEAK, RiskLevel.HIGH));
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.ACQUISITION, Threat.ALTERATION, RiskLevel.LOW));
        rich = SystemActor.call(() -> ledger.save(draft));
        LedgerEntry plain = ledgerFixtures.draft(department, owner, "役員の連絡先");
        plain.setStatus(LedgerStatus.DRAFT);
        plain.setApproximateCount(null);
        SystemActor.run(() -> ledger.save(plain));
        LedgerEntry old = ledgerFixtures.entry(department, owner, "旧年賀状リスト");
        SystemActor.run(() -> ledger.retire(old.getId(), null));
    }

    @Test
    void exportImportExportGivesTheSameWorkbookAndChangesNothing() {
        byte[] first = exportXlsx();
        List<List<List<String>>> before = Workbooks.read(first, messages);
        assertThat(before).hasSize(2);
        assertThat(before.get(0)).hasSize(4);
        assertThat(before.get(0).getFirst()).startsWith("管理番号", "部門コード", "部門名");
        assertThat(before.get(1)).hasSize(3);
        List<String> richRow = before.get(0).stream().filter(row -> row.get(0).equals(rich.getReference()))
                .findFirst().orElseThrow();
        assertThat(richRow.get(Entry.SPECIAL_CARE.ordinal())).isEqualTo("有");
        assertThat(richRow.get(Entry.PURPOSES.ordinal())).contains("給与の計算と支払").contains("\n");
        assertThat(richRow.get(Entry.RISK_FLAG.ordinal())).isEqualTo("残留リスク「高」未承認");
        assertThat(before.get(1).get(1).get(3)).isEqualTo("取得・入力");
        int revisions = history.history(LedgerEntry.class, rich.getId()).size();

        LedgerImportService.Result result = Actors.as(privacyManager, () -> importer.importFile(first, Locale.JAPANESE));

        assertThat(result).isEqualTo(new LedgerImportService.Result(0, 3, 2));
        assertThat(Workbooks.read(exportXlsx(), messages)).isEqualTo(before);
        assertThat(history.history(LedgerEntry.class, rich.getId())).hasSize(revisions);
    }

    @Test
    void anImportCreatesAndChangesEntriesAndReplacesTheirRisks() {
        String newPurpose = Fixtures.unique("新しい利用目的 ");
        byte[] changed = Workbooks.edit(exportXlsx(), messages, 0, rows -> {
            List<String> row = rows.stream().filter(r -> r.get(0).equals(rich.getReference())).findFirst().orElseThrow();
            row.set(Entry.DATA_SUBJECTS.ordinal(), "正社員");
            List<String> added = new ArrayList<>(row);
            added.set(Entry.REFERENCE.ordinal(), "");
            added.set(Entry.NAME.ordinal(), "アルバイトの給与情報");
            added.set(Entry.PURPOSES.ordinal(), newPurpose);
            added.set(Entry.CONSIGNEES.ordinal(), "");
            added.set(Entry.NEXT_REVIEW_DATE.ordinal(), "46113");
            rows.add(added);
            return rows;
        });
        byte[] withRisks = Workbooks.edit(changed, messages, 1, rows -> {
            rows.removeIf(row -> row.get(3).equals("移送・送信"));
            return rows;
        });

        LedgerImportService.Result result = Actors.as(privacyManager, () -> importer.importFile(withRisks, Locale.JAPANESE));

        assertThat(result.created()).isEqualTo(1);
        LedgerEntry updated = SystemActor.call(() -> ledger.get(rich.getId()));
        assertThat(updated.getDataSubjects()).isEqualTo("正社員");
        assertThat(updated.getRisks()).singleElement().extracting(RiskAssessment::getStage)
                .isEqualTo(LifecycleStage.ACQUISITION);
        assertThat(updated.isUnacceptedHighRisk()).isFalse();
        LedgerRow created = SystemActor.call(() -> ledger.page(ofDepartment.withText("アルバイト"),
                PageRequest.of(0, 5))).getFirst();
        assertThat(created.reference()).matches("L-\\d{5}");
        assertThat(created.purposes()).containsExactly(newPurpose);
        assertThat(created.nextReviewDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aWrongHeaderRowIsRefusedAndNothingWritten() {
        assertRefused(Workbooks.edit(exportXlsx(), messages, 0, rows -> {
            rows.getFirst().set(0, "番号");
            return changeName(rows);
        }), new ImportError(1, "管理番号", messages.get(Locale.JAPANESE, "import.error.header", "管理番号", "番号")));
    }

    @Test
    void aBadDateIsRefusedByRowAndColumnInTheReadersLanguage() {
        byte[] file = Workbooks.edit(exportXlsx(), messages, 0, rows -> {
            rows.get(1).set(Entry.NEXT_REVIEW_DATE.ordinal(), "2026-13-45");
            return changeName(rows);
        });
        assertRefused(file, new ImportError(2, "次回見直し日", "日付「2026-13-45」を読み取れません（例：2026-04-01）。"));
        assertThatThrownBy(() -> Actors.as(privacyManager, () -> importer.importFile(file, Locale.ENGLISH)))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).errors())
                        .contains(new ImportError(2, "Next review", messages.get(Locale.ENGLISH, "import.error.badDate",
                                "2026-13-45"))));
    }

    @Test
    void anUnknownDepartmentIsRefused() {
        assertRefused(Workbooks.edit(exportXlsx(), messages, 0, rows -> {
            rows.get(1).set(Entry.DEPARTMENT_CODE.ordinal(), "NO-SUCH-DEPT");
            return changeName(rows);
        }), new ImportError(2, "部門コード", "部門コード「NO-SUCH-DEPT」は登録されていません。"));
    }

    @Test
    void aFiftyThousandCharacterCellIsRefused() {
        assertRefused(Workbooks.edit(exportXlsx(), messages, 0, rows -> {
            rows.get(1).set(Entry.DATA_ITEMS.ordinal(), "あ".repeat(50_000));
            return changeName(rows);
        }), new ImportError(2, "個人情報の項目", messages.get(Locale.JAPANESE, "import.error.tooLong", 2000)));
    }

    @Test
    void anEmptyFileOrOneThatIsNotXlsxIsRefused() {
        assertRefused(new byte[0], new ImportError(0, "", "ファイルが空です。"));
        assertRefused("管理番号,部門コード\nL-1,X".getBytes(StandardCharsets.UTF_8),
                new ImportError(0, "", messages.get(Locale.JAPANESE, "ledger.import.error.notXlsx")));
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}, new ImportError(0, "",
                messages.get(Locale.JAPANESE, "import.error.notReadable")));
    }

    @Test
    void onlyPrivacyManagersImportAndEmployeesExportNothing() {
        byte[] file = exportXlsx();
        MamoriPrincipal auditor = fixtures.principalOf(fixtures.user("aud", null, Role.AUDITOR));
        MamoriPrincipal employee = fixtures.principalOf(fixtures.user("emp", department, Role.EMPLOYEE));
        assertThatThrownBy(() -> Actors.as(auditor, () -> importer.importFile(file, Locale.JAPANESE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(employee, () -> export.writeXlsx(new ByteArrayOutputStream(), ofDepartment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Workbooks.read(Actors.as(auditor, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.writeXlsx(out, ofDepartment);
            return out.toByteArray();
        }), messages).getFirst()).hasSize(4);
    }

    @Test
    void theCsvExportNeutralisesFormulaInjection() throws Exception {
        LedgerEntry hostile = ledgerFixtures.draft(department, rich.getOwner(), "=HYPERLINK(\"http://example.invalid\")");
        hostile.setDataItems("+SUM(1,2)");
        hostile.setDataSubjects("@担当者");
        hostile.setFormat("-1+1");
        hostile.setStoragePlace("-倉庫");
        SystemActor.run(() -> ledger.save(hostile));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemActor.run(() -> export.writeCsv(out, ofDepartment));
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF管理番号,");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        CSVRecord row = records.stream().filter(r -> r.get(Entry.NAME.ordinal()).contains("HYPERLINK")).findFirst()
                .orElseThrow();
        assertThat(row.get(Entry.NAME.ordinal())).startsWith("'=HYPERLINK");
        assertThat(row.get(Entry.DATA_ITEMS.ordinal())).isEqualTo("'+SUM(1,2)");
        assertThat(row.get(Entry.DATA_SUBJECTS.ordinal())).isEqualTo("'@担当者");
        assertThat(row.get(Entry.FORMAT.ordinal())).isEqualTo("'-1+1");
        assertThat(row.get(Entry.STORAGE_PLACE.ordinal())).isEqualTo("'-倉庫");
        assertThat(row.get(Entry.STORAGE_METHOD.ordinal())).doesNotStartWith("'");
        assertThat(records).hasSize(5);
    }

    @Test
    void thePdfShowsTheLedgerAndTheRiskAnalysisInJapaneseWithTheFlag() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemActor.run(() -> report.write(out, ofDepartment));

        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        assertThat(text.toString().replaceAll("\\s", "")).contains("個人情報管理台帳", "従業者の給与情報", "残留リスク「高」未承認",
                "リスク分析", "移送・送信", "年金事務所");
    }

    private byte[] exportXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemActor.run(() -> export.writeXlsx(out, ofDepartment));
        return out.toByteArray();
    }

    /** Also changes a name and adds a row, so that a partial write would show. */
    private static List<List<String>> changeName(List<List<String>> rows) {
        List<String> extra = new ArrayList<>(rows.get(1));
        extra.set(Entry.REFERENCE.ordinal(), "");
        rows.add(extra);
        rows.get(rows.size() > 2 ? 2 : 1).set(Entry.NAME.ordinal(), "書き込まれてはならない名称");
        return rows;
    }

    private void assertRefused(byte[] file, ImportError expected) {
        long before = SystemActor.call(() -> ledger.count(ofDepartment.withText(null)));
        long allStatuses = SystemActor.call(() -> ledger.count(LedgerFilter.none()));
        int purposeCount = SystemActor.call(() -> purposes.list()).size();
        assertThatThrownBy(() -> Actors.as(privacyManager, () -> importer.importFile(file, Locale.JAPANESE)))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).errors()).contains(expected));
        assertThat(SystemActor.call(() -> ledger.count(ofDepartment.withText(null)))).isEqualTo(before);
        assertThat(SystemActor.call(() -> ledger.count(LedgerFilter.none()))).isEqualTo(allStatuses);
        assertThat(SystemActor.call(() -> purposes.list())).hasSize(purposeCount);
        assertThat(SystemActor.call(() -> ledger.count(ofDepartment.withText("書き込まれてはならない")))).isZero();
    }
}
