package jp.mamori.audit;

import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.Role;

/**
 * An auditor never audits their own department (JIS Q 15001 A.3.7.2): no member of the team
 * may belong to an audited department, and every member must be designated an auditor.
 */
final class AuditorIndependence {

    private AuditorIndependence() {
    }

    static void check(UserAccount lead, Set<UserAccount> auditors, Set<Department> audited) {
        checkMember(lead, "leadAuditorId", audited);
        auditors.forEach(auditor -> checkMember(auditor, "auditorIds", audited));
    }

    private static void checkMember(UserAccount member, String field, Set<Department> audited) {
        if (!member.getRoles().contains(Role.AUDITOR)) {
            throw RuleViolation.onField(field, "audit.error.notAuditor", member.getDisplayName());
        }
        Department own = member.getDepartment();
        if (own != null && audited.contains(own)) {
            throw RuleViolation.onField(field, "audit.error.ownDepartment", member.getDisplayName(), own.getName());
        }
    }
}
