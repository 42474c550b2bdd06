package jp.mamori.organisation;

import jp.mamori.shared.security.Role;

/** What the user list is narrowed to; any part may be null. */
public record UserFilter(String text, Long departmentId, Role role, Boolean active) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}
