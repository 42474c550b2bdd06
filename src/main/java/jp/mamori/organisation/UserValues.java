package jp.mamori.organisation;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.LongFunction;
import jp.mamori.shared.security.Role;

/** The editable fields of an account, as the API and the import deliver them. */
public record UserValues(String username, String displayName, String kana, String email, Long departmentId,
                         Set<Role> roles, boolean active, LocalDate hireDate, String language) {

    void applyTo(UserAccount user, LongFunction<Department> department) {
        user.setUsername(username);
        user.setDisplayName(displayName);
        user.setKana(kana == null || kana.isBlank() ? null : kana);
        user.setEmail(email);
        user.setDepartment(departmentId == null ? null : department.apply(departmentId));
        user.setRoles(roles);
        user.setActive(active);
        user.setHireDate(hireDate);
        if (language != null) {
            user.setLanguage(language);
        }
    }
}
