package jp.mamori.audit;

import java.time.LocalDate;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;

/**
 * An organisation of its own for one test: an audited department with its manager and a
 * worker, and an audit department with a lead auditor, a second auditor and a privacy manager.
 */
final class AuditScenario {

    final Fixtures fixtures;
    final UserAccount manager;
    final Department audited;
    final UserAccount worker;
    final Department auditDepartment;
    final UserAccount lead;
    final UserAccount auditor;
    final UserAccount privacyManager;

    private AuditScenario(Fixtures fixtures) {
        this.fixtures = fixtures;
        manager = fixtures.user("manager", null);
        audited = fixtures.department("営業部", null, manager.getId());
        worker = fixtures.user("worker", audited);
        auditDepartment = fixtures.department("内部監査室");
        lead = fixtures.user("lead", auditDepartment, Role.AUDITOR, Role.EMPLOYEE);
        auditor = fixtures.user("auditor", auditDepartment, Role.AUDITOR, Role.EMPLOYEE);
        privacyManager = fixtures.user("pm", auditDepartment, Role.PRIVACY_MANAGER, Role.EMPLOYEE);
    }

    static AuditScenario create(Fixtures fixtures) {
        return new AuditScenario(fixtures);
    }

    MamoriPrincipal as(UserAccount user) {
        return fixtures.principalOf(user);
    }

    AuditPlan planFor(LocalDate day) {
        return new AuditPlan(AuditKind.DEPARTMENT, null, Set.of(audited.getId()), day, lead.getId(),
                Set.of(auditor.getId()), "個人情報の取扱い全般", "JIS Q 15001:2017、個人情報保護規程");
    }

    Audit planAudit(AuditService audits, LocalDate day) {
        return Actors.as(as(lead), () -> audits.plan(null, null, planFor(day)));
    }
}
