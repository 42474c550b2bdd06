package jp.mamori.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.consignee.AnswerLevel;
import jp.mamori.consignee.AssessmentDecision;
import jp.mamori.consignee.AssessmentService;
import jp.mamori.consignee.AssessmentTemplate;
import jp.mamori.consignee.AssessmentTemplateService;
import jp.mamori.consignee.AssessmentValues;
import jp.mamori.consignee.Certification;
import jp.mamori.consignee.CertificationKind;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeDocumentService;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.consignee.ConsigneeValues;
import jp.mamori.consignee.DocumentKind;
import jp.mamori.consignee.DocumentValues;
import jp.mamori.consignee.TemplateKind;
import jp.mamori.organisation.FirstRunCompleted;
import jp.mamori.shared.security.SystemActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Three fictional consignees of the demo company, one in good standing, one approved with
 * conditions with a sub-consignee, and one whose yearly evaluation and certification have
 * lapsed, so that the register's filters and reminders have something to show.
 */
@Component
class DemoConsignees {

    /** The default selection template's criterion on sub-consignment control. */
    private static final int SUB_CONSIGNMENT = 7;

    private final ConsigneeService consignees;
    private final AssessmentService assessments;
    private final AssessmentTemplateService templates;
    private final ConsigneeDocumentService documents;
    private final Clock clock;

    DemoConsignees(ConsigneeService consignees, AssessmentService assessments, AssessmentTemplateService templates,
                   ConsigneeDocumentService documents, Clock clock) {
        this.consignees = consignees;
        this.assessments = assessments;
        this.templates = templates;
        this.documents = documents;
        this.clock = clock;
    }

    @TransactionalEventListener
    void onFirstRun(FirstRunCompleted event) {
        if (event.demoRequested()) {
            SystemActor.run(this::fill);
        }
    }

    void fill() {
        LocalDate today = LocalDate.now(clock);
        AssessmentTemplate selection = templates.standard(TemplateKind.SELECTION).orElseThrow();

        Consignee printer = register("株式会社サンプル印刷", "セミナー案内状の印刷・発送", "営業部 担当者（print@printing.example.jp）", null);
        certify(printer, CertificationKind.PRIVACY_MARK, "10800000(01)", today.plusYears(1));
        assess(printer, selection, today.minusMonths(4), 0, AssessmentDecision.APPROVE, null);
        documents.attach(printer.getId(), new DocumentValues(DocumentKind.CONTRACT, "業務委託契約書（印刷・発送）",
                today.minusMonths(4), today.plusMonths(8), null), null, null);

        Consignee hosting = register("架空クラウド株式会社", "受講者管理システムのホスティング", "カスタマーサクセス部（support@cloud.example.jp）", null);
        certify(hosting, CertificationKind.ISMS, "IS 000000", today.plusMonths(2));
        assess(hosting, selection, today.minusMonths(7), SUB_CONSIGNMENT, AssessmentDecision.APPROVE_WITH_CONDITIONS,
                "再委託先の監督状況を半年ごとに報告すること");
        register("株式会社例示リモート保守", "サーバーの遠隔保守（架空クラウド株式会社からの再委託）", "保守窓口（noc@remote.example.jp）",
                hosting.getId());

        Consignee courier = register("テスト配送株式会社", "教材の配送", "配送センター（center@courier.example.jp）", null);
        certify(courier, CertificationKind.PRIVACY_MARK, "10800000(02)", today.minusDays(20));
        assess(courier, selection, today.minusMonths(13), 0, AssessmentDecision.APPROVE, null);
    }

    private Consignee register(String name, String services, String contact, Long parentId) {
        return consignees.save(null, null, new ConsigneeValues(name, null, "東京都千代田区（架空）", contact, services, parentId,
                ConsigneeStatus.CANDIDATE, true));
    }

    private void certify(Consignee consignee, CertificationKind kind, String number, LocalDate expiresOn) {
        Certification certification = consignees.newCertification(consignee.getId());
        certification.setKind(kind);
        certification.setNumber(number);
        certification.setExpiresOn(expiresOn);
        consignees.saveCertification(certification);
    }

    /** Every criterion met but the one at {@code partlyMet} (0: none). */
    private void assess(Consignee consignee, AssessmentTemplate template, LocalDate on, int partlyMet,
                        AssessmentDecision decision, String conditions) {
        List<AssessmentValues.Given> answers = template.getCriteria().stream()
                .map(c -> new AssessmentValues.Given(c.getId(),
                        c.getPosition() == partlyMet ? AnswerLevel.PARTLY : AnswerLevel.MET, "提出資料で確認")).toList();
        assessments.record(consignee.getId(), new AssessmentValues(template.getId(), on, answers, decision, conditions,
                null));
    }
}
