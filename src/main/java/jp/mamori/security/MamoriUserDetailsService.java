package jp.mamori.security;

import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.MamoriPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Accounts come from the user register; the lock state from the failed-login counter. */
@Service
class MamoriUserDetailsService implements UserDetailsService {

    private final UserService users;
    private final AccountLockService locks;

    MamoriUserDetailsService(UserService users, AccountLockService locks) {
        this.users = users;
        this.locks = locks;
    }

    @Override
    public MamoriPrincipal loadUserByUsername(String username) {
        MamoriPrincipal principal = users.findPrincipal(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        if (locks.isLocked(principal.username())) {
            return new MamoriPrincipal(principal.userId(), principal.username(), principal.displayName(),
                    principal.passwordHash(), principal.roles(), principal.departmentId(), principal.locale(),
                    principal.enabled(), true);
        }
        return principal;
    }
}
