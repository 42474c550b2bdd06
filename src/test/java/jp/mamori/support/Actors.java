package jp.mamori.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a given person, so that the services' role checks apply as in production. */
public final class Actors {

    private Actors() {
    }

    public static MamoriPrincipal principal(long userId, String username, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.EMPLOYEE) : EnumSet.of(roles[0], roles);
        return new MamoriPrincipal(userId, username, username, null, set, null, Messages.JAPANESE, true, false);
    }

    public static <T> T as(MamoriPrincipal principal, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(MamoriPrincipal principal, Runnable work) {
        as(principal, () -> {
            work.run();
            return null;
        });
    }
}
