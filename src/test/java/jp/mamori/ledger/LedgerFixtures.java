package jp.mamori.ledger;

import java.util.List;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeFixtures;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import org.springframework.stereotype.Component;

/** Ledger records for tests, created through the real services with unique names. */
@Component
public class LedgerFixtures {

    private final Fixtures fixtures;
    private final LedgerService ledger;
    private final PurposeService purposes;
    private final ConsigneeFixtures consignees;

    LedgerFixtures(Fixtures fixtures, LedgerService ledger, PurposeService purposes, ConsigneeFixtures consignees) {
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.purposes = purposes;
        this.consignees = consignees;
    }

    public Purpose purpose(String text) {
        fixtures.ensureSetUp();
        Purpose purpose = new Purpose(Fixtures.unique(text + " "));
        purpose.setCategory("お客様");
        return SystemActor.call(() -> purposes.save(purpose));
    }

    public Consignee consignee(String name, ConsigneeStatus status) {
        return consignees.consignee(name, status);
    }

    /** An unsaved entry in force with every required column filled. */
    public LedgerEntry draft(Department department, UserAccount owner, String name, Purpose... purposeList) {
        LedgerEntry entry = SystemActor.call(ledger::newEntry);
        entry.setDepartment(department);
        entry.setOwner(owner);
        entry.setName(name);
        entry.setDataItems("氏名、住所、電話番号、メールアドレス");
        entry.setDataSubjects("お客様");
        entry.setApproximateCount(1200);
        entry.setMedium(Medium.ELECTRONIC);
        entry.setFormat("顧客管理システム");
        entry.setAcquisitionMethod(AcquisitionMethod.DIRECT_WRITTEN);
        entry.setNoticeConsent(NoticeConsent.CONSENTED);
        entry.setPurposes(purposeList.length == 0 ? List.of(purpose("商品の発送")) : List.of(purposeList));
        entry.setStoragePlace("本社サーバー室");
        entry.setStorageMethod("アクセス制御されたデータベース");
        entry.setRetentionPeriod("取引終了後5年");
        entry.setDisposalMethod(DisposalMethod.DATA_ERASURE);
        entry.setRetainedPersonalData(true);
        entry.setLeakImpact(RiskLevel.MEDIUM);
        entry.setStatus(LedgerStatus.ACTIVE);
        return entry;
    }

    /** A saved entry in force, recorded by the system. */
    public LedgerEntry entry(Department department, UserAccount owner, String name) {
        LedgerEntry draft = draft(department, owner, name);
        return SystemActor.call(() -> ledger.save(draft));
    }

    public static RiskAssessment risk(LifecycleStage stage, Threat threat, RiskLevel residual) {
        return new RiskAssessment(stage, threat, "想定されるリスク", RiskLevel.MEDIUM, RiskLevel.HIGH, "暗号化とアクセス制御",
                null, residual);
    }
}
