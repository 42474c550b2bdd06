package jp.mamori.organisation.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserValues;
import jp.mamori.shared.security.Role;

/** An account as the API shows it. {@code password} is accepted on create and never returned. */
public record UserDto(
        Long id,
        Long version,
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.maxLength}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.maxLength}") String displayName,
        @Size(max = 100, message = "{validation.maxLength}") String kana,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") String email,
        Long departmentId,
        @NotEmpty(message = "{user.validation.roles}") Set<Role> roles,
        Boolean active,
        LocalDate hireDate,
        String language,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password) {

    static UserDto of(UserAccount user) {
        return new UserDto(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getKana(),
                user.getEmail(), user.getDepartment() == null ? null : user.getDepartment().getId(), user.getRoles(),
                user.isActive(), user.getHireDate(), user.getLanguage(), null);
    }

    UserValues values() {
        return new UserValues(username, displayName, kana, email, departmentId, roles, active == null || active,
                hireDate, language);
    }
}
