package jp.mamori.ledger;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the signed-in person may do in the ledger: privacy managers edit everything, auditors
 * and top management read everything, a department's manager edits that department's entries,
 * and anybody else sees nothing.
 */
public record LedgerScope(long userId, String username, String displayName, boolean readsAll, boolean editsAll,
                          Set<Long> managedDepartments) {

    public LedgerScope {
        managedDepartments = Set.copyOf(managedDepartments);
    }

    /** Whether the person sees the ledger at all. */
    public boolean any() {
        return readsAll || editsAll || !managedDepartments.isEmpty();
    }

    public boolean canRead(Long departmentId) {
        return readsAll || editsAll || departmentId != null && managedDepartments.contains(departmentId);
    }

    public boolean canEdit(Long departmentId) {
        return editsAll || departmentId != null && managedDepartments.contains(departmentId);
    }

    /** Whether the person edits some entries (and may create one). */
    public boolean editsAny() {
        return editsAll || !managedDepartments.isEmpty();
    }

    /** Only privacy managers link a consignee that may not receive new work. */
    public boolean mayOverrideConsigneeStatus() {
        return editsAll;
    }

    void requireAny() {
        if (!any()) {
            throw new AccessDeniedException("The ledger is not visible to this person");
        }
    }

    void requireRead(Long departmentId) {
        if (!canRead(departmentId)) {
            throw new AccessDeniedException("Ledger entry of another department");
        }
    }

    void requireEdit(Long departmentId) {
        if (!canEdit(departmentId)) {
            throw new AccessDeniedException("May not edit ledger entries of this department");
        }
    }
}
