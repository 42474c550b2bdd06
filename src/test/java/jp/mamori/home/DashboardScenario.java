package jp.mamori.home;

import java.time.LocalDate;
import java.util.Set;
import jp.mamori.audit.Audit;
import jp.mamori.audit.AuditKind;
import jp.mamori.audit.AuditPlan;
import jp.mamori.audit.AuditService;
import jp.mamori.audit.FindingGrade;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.FindingValues;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerFixtures;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.LifecycleStage;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.ledger.Threat;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.review.ManagementReviewService;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.TrainingData;
import org.springframework.stereotype.Component;

/**
 * An organisation with something for every dashboard: a worker with training to take and a
 * ledger entry to review, an audit with an open nonconformity, a risk and a review awaiting
 * top management.
 */
@Component
class DashboardScenario {

    private final Fixtures fixtures;
    private final LedgerFixtures ledgerFixtures;
    private final LedgerService ledger;
    private final TrainingData training;
    private final AuditService audits;
    private final FindingService findings;
    private final ManagementReviewService reviews;

    DashboardScenario(Fixtures fixtures, LedgerFixtures ledgerFixtures, LedgerService ledger, TrainingData training,
                      AuditService audits, FindingService findings, ManagementReviewService reviews) {
        this.fixtures = fixtures;
        this.ledgerFixtures = ledgerFixtures;
        this.ledger = ledger;
        this.training = training;
        this.audits = audits;
        this.findings = findings;
        this.reviews = reviews;
    }

    record People(MamoriPrincipal privacyManager, MamoriPrincipal worker, MamoriPrincipal lead,
                  MamoriPrincipal topManagement, LedgerEntry entry, Course course, Audit audit) {
    }

    People create(LocalDate today) {
        UserAccount manager = fixtures.user("manager", null, Role.EMPLOYEE);
        Department sales = fixtures.department(Fixtures.unique("営業部"), null, manager.getId());
        Department auditRoom = fixtures.department(Fixtures.unique("監査室"));
        UserAccount worker = fixtures.user("worker", sales, Role.EMPLOYEE);
        MamoriPrincipal pm = fixtures.principalOf(fixtures.user("pm", auditRoom, Role.PRIVACY_MANAGER, Role.EMPLOYEE));
        MamoriPrincipal lead = fixtures.principalOf(fixtures.user("lead", auditRoom, Role.AUDITOR, Role.EMPLOYEE));
        MamoriPrincipal top = fixtures.principalOf(fixtures.user("top", null, Role.TOP_MANAGEMENT, Role.EMPLOYEE));

        LedgerEntry draft = ledgerFixtures.draft(sales, worker, Fixtures.unique("顧客名簿 "));
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.STORAGE, Threat.LEAK, RiskLevel.HIGH));
        LedgerEntry entry = SystemActor.call(() -> ledger.save(draft));

        Course course = training.assignedCourse(pm, sales, CourseKind.ANNUAL, 3, today);

        Audit audit = Actors.as(lead, () -> audits.plan(null, null, new AuditPlan(AuditKind.DEPARTMENT, null,
                Set.of(sales.getId()), today.plusDays(5), lead.userId(), Set.of(), "全般", "JIS Q 15001")));
        Actors.as(lead, () -> findings.record(audit.getId(), new FindingValues(null, FindingGrade.MINOR_NONCONFORMITY,
                "A.3.4.2.1", "台帳の見直し記録がない", "台帳の最終見直し日が空欄", sales.getId(), null, null)));

        Actors.as(pm, () -> reviews.create(today.minusMonths(12), today.minusDays(1), null, null, Messages.JAPANESE));
        return new People(pm, fixtures.principalOf(worker), lead, top, entry, course, audits(lead, audit));
    }

    private Audit audits(MamoriPrincipal lead, Audit audit) {
        return Actors.as(lead, () -> audits.get(audit.getId()));
    }
}
