package jp.mamori.ledger;

import java.util.Set;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.stereotype.Component;

/** Works out the signed-in person's {@link LedgerScope} from their roles and the departments they manage. */
@Component
class LedgerAccess {

    private final DepartmentService departments;

    LedgerAccess(DepartmentService departments) {
        this.departments = departments;
    }

    LedgerScope current() {
        MamoriPrincipal me = CurrentUser.require();
        boolean editsAll = me.hasRole(Role.PRIVACY_MANAGER);
        boolean readsAll = editsAll || me.hasAnyRole(Role.AUDITOR, Role.TOP_MANAGEMENT);
        Set<Long> managed = editsAll ? Set.of() : departments.managedBy(me.userId());
        return new LedgerScope(me.userId(), me.username(), me.displayName(), readsAll, editsAll, managed);
    }
}
