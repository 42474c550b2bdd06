package jp.mamori.audit;

import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees what: auditors, privacy managers, top management and administrators see every
 * audit and action; anybody else sees the audits they take part in or whose department they
 * manage, and the corrective actions they own.
 */
final class AuditAccess {

    static final String READERS = "hasAnyRole('AUDITOR','PRIVACY_MANAGER','TOP_MANAGEMENT','ADMIN')";

    private AuditAccess() {
    }

    static boolean seesEverything(MamoriPrincipal caller) {
        return caller.hasAnyRole(Role.AUDITOR, Role.PRIVACY_MANAGER, Role.TOP_MANAGEMENT, Role.ADMIN);
    }

    static boolean mayView(Audit audit, MamoriPrincipal caller) {
        return seesEverything(caller) || audit.isTeamMember(caller.userId()) || audit.isManagedBy(caller.userId());
    }

    static void requireVisible(Audit audit) {
        if (!mayView(audit, CurrentUser.require())) {
            throw new AccessDeniedException("Not involved in audit " + audit.getId());
        }
    }

    static void requireVisible(CorrectiveAction action) {
        MamoriPrincipal caller = CurrentUser.require();
        if (!seesEverything(caller) && action.getOwner().getId() != caller.userId()) {
            throw new AccessDeniedException("Not the owner of corrective action " + action.getId());
        }
    }
}
