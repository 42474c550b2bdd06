package jp.mamori.consignee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@MamoriIntegrationTest
class SupervisionTest {

    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    ConsigneeService consignees;
    @Autowired
    ConsigneeDocumentService documents;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ConsigneeObligations obligations;
    @Autowired
    ConsigneeReadiness readiness;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aMissedYearlyEvaluationShowsInTheFilterAndYieldsItsReminderUntilReEvaluated() {
        LocalDate today = LocalDate.now(clock);
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 10);
        Consignee late = consigneeFixtures.consignee("年次評価漏れ株式会社", ConsigneeStatus.CANDIDATE);
        Consignee current = consigneeFixtures.consignee("評価済み株式会社", ConsigneeStatus.CANDIDATE);
        consigneeFixtures.approve(late, template, today.minusMonths(13));
        consigneeFixtures.approve(current, template, today.minusMonths(2));

        assertThat(names(new ConsigneeFilter(null, null, null, true, null, null, null)))
                .contains(late.getName()).doesNotContain(current.getName());
        Map<String, Obligation> due = obligationsOf(today.plusDays(30), ConsigneeObligations.REEVALUATION);
        Obligation reminder = due.get(String.valueOf(late.getId()));
        assertThat(reminder.dueDate()).isEqualTo(today.minusMonths(1));
        assertThat(reminder.subject()).isEqualTo(late.getName());
        assertThat(reminder.link()).isEqualTo("consignees/" + late.getId());
        assertThat(due).doesNotContainKey(String.valueOf(current.getId()));

        consigneeFixtures.approve(late, template, today);
        assertThat(names(new ConsigneeFilter(null, null, null, true, null, null, null))).doesNotContain(late.getName());
        assertThat(obligationsOf(today.plusDays(30), ConsigneeObligations.REEVALUATION))
                .doesNotContainKey(String.valueOf(late.getId()));
        EvaluationCounts counts = SystemActor.call(() -> assessments.counts(today.minusDays(1), today));
        assertThat(counts.evaluated()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aLapsedCertificationShowsInTheFilterAndYieldsItsReminderUntilRenewed() {
        LocalDate today = LocalDate.now(clock);
        Consignee lapsed = consigneeFixtures.consignee("認証失効株式会社", ConsigneeStatus.APPROVED);
        Consignee valid = consigneeFixtures.consignee("認証有効株式会社", ConsigneeStatus.APPROVED);
        Certification expired = consigneeFixtures.certify(lapsed, CertificationKind.PRIVACY_MARK, today.minusDays(1));
        consigneeFixtures.certify(valid, CertificationKind.ISMS, today.plusYears(2));

        ConsigneeFilter expiring = new ConsigneeFilter(null, null, null, null, true, null, null);
        assertThat(names(expiring)).contains(lapsed.getName()).doesNotContain(valid.getName());
        Obligation reminder = obligationsOf(today, ConsigneeObligations.CERTIFICATION).get(String.valueOf(expired.getId()));
        assertThat(reminder.dueDate()).isEqualTo(today.minusDays(1));
        assertThat(reminder.subject()).startsWith(lapsed.getName());

        Certification renewed = SystemActor.call(() -> consignees.certifications(lapsed.getId())).getFirst();
        renewed.setExpiresOn(today.plusYears(2));
        SystemActor.run(() -> consignees.saveCertification(renewed));
        assertThat(names(expiring)).doesNotContain(lapsed.getName());
        assertThat(obligationsOf(today, ConsigneeObligations.CERTIFICATION)).doesNotContainKey(String.valueOf(expired.getId()));
    }

    @Test
    void theDashboardTheReviewAndTheRegisterCountTheSameConsigneesWithALapsedCertification() {
        LocalDate today = LocalDate.now(clock);
        long[] before = lapsedCounts(today);
        assertThat(before).as("dashboard, review, register").containsOnly(before[0]);

        Consignee lapsed = consigneeFixtures.consignee("失効集計・承認済み", ConsigneeStatus.APPROVED);
        consigneeFixtures.certify(lapsed, CertificationKind.PRIVACY_MARK, today.minusDays(1));
        Consignee expiringToday = consigneeFixtures.consignee("失効集計・本日期限", ConsigneeStatus.APPROVED);
        consigneeFixtures.certify(expiringToday, CertificationKind.ISMS, today);
        Consignee terminated = consigneeFixtures.consignee("失効集計・取引終了", ConsigneeStatus.TERMINATED);
        consigneeFixtures.certify(terminated, CertificationKind.PRIVACY_MARK, today.minusMonths(3));
        Consignee twice = consigneeFixtures.consignee("失効集計・二重失効", ConsigneeStatus.CONDITIONAL);
        consigneeFixtures.certify(twice, CertificationKind.PRIVACY_MARK, today.minusDays(10));
        consigneeFixtures.certify(twice, CertificationKind.ISMS, today.minusYears(1));

        assertThat(lapsedCounts(today)).as("dashboard, review, register: consignees, not certifications")
                .containsOnly(before[0] + 2);
        assertThat(names(new ConsigneeFilter("失効集計", null, null, null, null, true, null)))
                .contains(lapsed.getName(), twice.getName())
                .doesNotContain(expiringToday.getName(), terminated.getName());
    }

    @Test
    void aContractEndIsAnObligationUntilARenewedContractIsKeptAndFilesAreChecked() {
        LocalDate today = LocalDate.now(clock);
        Consignee consignee = consigneeFixtures.consignee("契約更新株式会社", ConsigneeStatus.APPROVED);
        ConsigneeDocument contract = SystemActor.call(() -> documents.attach(consignee.getId(),
                new DocumentValues(DocumentKind.CONTRACT, "業務委託契約書", today.minusYears(1), today.plusDays(20), null),
                "契約書.pdf", "%PDF-1.7 test".getBytes()));
        assertThat(contract.getFileName()).isEqualTo("契約書.pdf");
        assertThat(SystemActor.call(() -> documents.content(contract.getId())).bytes()).startsWith((byte) '%');
        assertThat(obligationsOf(today.plusDays(30), ConsigneeObligations.CONTRACT))
                .containsKey(String.valueOf(contract.getId()));

        assertThatThrownBy(() -> SystemActor.run(() -> documents.attach(consignee.getId(),
                new DocumentValues(DocumentKind.NDA, "秘密保持契約書", today, null, null), null, null)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("consignee.document.error.endRequired");
        assertThatThrownBy(() -> SystemActor.run(() -> documents.attach(consignee.getId(),
                new DocumentValues(DocumentKind.OTHER, "実行ファイル", null, null, null), "a.pdf", new byte[] {'M', 'Z', 0})))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("consignee.error.fileExecutable");

        SystemActor.run(() -> documents.attach(consignee.getId(), new DocumentValues(DocumentKind.CONTRACT,
                "業務委託契約書（更新）", today, today.plusYears(3), null), null, null));
        assertThat(obligationsOf(today.plusDays(30), ConsigneeObligations.CONTRACT))
                .doesNotContainKey(String.valueOf(contract.getId()));
    }

    @Test
    void aDocumentKeepsTheSha256OfTheBytesUploadedInTheFormTheMigrationBackfills() throws NoSuchAlgorithmException {
        LocalDate today = LocalDate.now(clock);
        Consignee consignee = consigneeFixtures.consignee("ハッシュ株式会社", ConsigneeStatus.APPROVED);
        byte[] bytes = ("%PDF-1.7 " + Fixtures.unique("契約")).getBytes(StandardCharsets.UTF_8);
        ConsigneeDocument contract = SystemActor.call(() -> documents.attach(consignee.getId(),
                new DocumentValues(DocumentKind.CONTRACT, "業務委託契約書", today, today.plusYears(1), null),
                "契約書.pdf", bytes));
        SystemActor.run(() -> documents.attach(consignee.getId(),
                new DocumentValues(DocumentKind.EVIDENCE, "口頭での確認", today, null, null), null, null));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(SystemActor.call(() -> documents.documents(consignee.getId())))
                .extracting(ConsigneeDocument::getTitle, ConsigneeDocument::getSha256)
                .containsExactlyInAnyOrder(tuple("業務委託契約書", expected), tuple("口頭での確認", null));
        assertThat(jdbc.queryForObject("select encode(sha256(content), 'hex') from consignee_document_content"
                + " where document_id = ?", String.class, contract.getId())).as("as the migration backfills")
                .isEqualTo(expected);
    }

    @Test
    void subConsigneesNestToAnyDepthButNeverInACircle() {
        Consignee top = consigneeFixtures.consignee("元請株式会社", ConsigneeStatus.APPROVED);
        Consignee middle = withParent(consigneeFixtures.consignee("再委託株式会社", ConsigneeStatus.APPROVED), top);
        Consignee bottom = withParent(consigneeFixtures.consignee("再々委託株式会社", ConsigneeStatus.CANDIDATE), middle);

        assertThat(SystemActor.call(() -> consignees.subConsignees(top.getId()))).extracting(Consignee::getId)
                .containsExactly(middle.getId());
        assertThat(SystemActor.call(() -> consignees.subConsignees(middle.getId()))).extracting(Consignee::getId)
                .containsExactly(bottom.getId());
        assertThat(SystemActor.call(() -> consignees.parentCandidates(top.getId()))).extracting(Consignee::getId)
                .doesNotContain(top.getId(), middle.getId(), bottom.getId());
        assertThatThrownBy(() -> withParent(SystemActor.call(() -> consignees.get(top.getId())), bottom))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("consignee.error.parentCycle");
    }

    private Consignee withParent(Consignee consignee, Consignee parent) {
        return SystemActor.call(() -> consignees.save(consignee.getId(), consignee.getVersion(), new ConsigneeValues(
                consignee.getName(), null, null, null, "データ入力", parent.getId(), consignee.getStatus(), true)));
    }

    /** The dashboard's figure, the management review's count and the register filter's, in that order. */
    private long[] lapsedCounts(LocalDate today) {
        long dashboard = readiness.figures(Messages.JAPANESE, today).stream()
                .filter(figure -> figure.id().equals(ConsigneeReadiness.LAPSED)).findFirst().orElseThrow().value();
        long review = SystemActor.call(() -> assessments.counts(today, today)).certificationLapsed();
        long register = SystemActor.call(() -> consignees.count(
                new ConsigneeFilter(null, null, null, null, null, true, null)));
        return new long[] {dashboard, review, register};
    }

    private List<String> names(ConsigneeFilter filter) {
        return SystemActor.call(() -> consignees.page(filter, PageRequest.of(0, 1000))).map(Consignee::getName).toList();
    }

    private Map<String, Obligation> obligationsOf(LocalDate horizon, String kind) {
        try (Stream<Obligation> stream = obligations.openObligationsDueBy(horizon)) {
            return stream.filter(o -> o.kind().equals(kind)).collect(Collectors.toMap(Obligation::subjectKey, o -> o));
        }
    }
}
