package jp.mamori.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.organisation.UserValues;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Creates organisation data for tests through the real services, with unique names so that
 * tests sharing a context do not collide. Every password is {@link #PASSWORD}.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "test-password-123";

    private final OrganisationService organisation;
    private final DepartmentService departments;
    private final UserService users;

    Fixtures(OrganisationService organisation, DepartmentService departments, UserService users) {
        this.organisation = organisation;
        this.departments = departments;
        this.users = users;
    }

    /** Completes first-run setup once per database (an administrator "admin"). */
    public void ensureSetUp() {
        if (!organisation.isSetUp()) {
            organisation.completeFirstRun(new OrganisationService.FirstRun("テスト株式会社", "admin", "管理 太郎",
                    "admin@example.jp", PASSWORD, null, null), false);
        }
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public Department department(String name) {
        return department(name, null, null);
    }

    public Department department(String name, Long parentId, Long managerId) {
        ensureSetUp();
        return SystemActor.call(() -> departments.save(null, null, unique("D"), name, parentId, managerId, true));
    }

    public UserAccount user(String usernamePrefix, Department department, Role... roles) {
        ensureSetUp();
        String username = unique(usernamePrefix + ".");
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.EMPLOYEE) : EnumSet.of(roles[0], roles);
        return SystemActor.call(() -> users.save(null, null, new UserValues(username, "テスト " + usernamePrefix, "テスト",
                username + "@example.jp", department == null ? null : department.getId(), set, true, null, "ja"), PASSWORD));
    }

    /** Resets as the caller (so that the role check applies). */
    public void resetPassword(UserAccount user, String password) {
        users.resetPassword(user.getId(), password);
    }

    public MamoriPrincipal principalOf(UserAccount user) {
        return users.findPrincipal(user.getId()).orElseThrow().withoutPassword();
    }
}
