package jp.mamori.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as every feature sees them: identity, display name, roles and the
 * language they chose.
 */
public record MamoriPrincipal(
        long userId,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        Long departmentId,
        Locale locale,
        boolean enabled,
        boolean locked) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The same person without the password hash, safe to keep in a session. */
    public MamoriPrincipal withoutPassword() {
        return new MamoriPrincipal(userId, username, displayName, null, roles, departmentId, locale, enabled, locked);
    }
}
