package jp.mamori.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Finds the people and departments a request names, refusing unknown or inactive ones on their field. */
@Component
class AuditLookup {

    @PersistenceContext
    private EntityManager entityManager;

    UserAccount activeUser(Long id, String field) {
        UserAccount user = id == null ? null : entityManager.find(UserAccount.class, id);
        if (user == null || !user.isActive()) {
            throw RuleViolation.onField(field, "audit.error.unknownUser");
        }
        return user;
    }

    Department activeDepartment(Long id, String field) {
        Department department = id == null ? null : entityManager.find(Department.class, id);
        if (department == null || !department.isActive()) {
            throw RuleViolation.onField(field, "audit.error.unknownDepartment");
        }
        return department;
    }

    /** A record another feature already validated, such as the owner of a safeguard follow-up. */
    <T> T reference(Class<T> type, long id) {
        return entityManager.getReference(type, id);
    }

    /** The signed-in person's account; null for scheduled work running as "system". */
    UserAccount me() {
        return CurrentUser.get().map(principal -> entityManager.find(UserAccount.class, principal.userId())).orElse(null);
    }
}
