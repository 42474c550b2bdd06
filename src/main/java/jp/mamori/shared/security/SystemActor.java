package jp.mamori.shared.security;

import java.util.EnumSet;
import java.util.function.Supplier;
import jp.mamori.shared.i18n.Messages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs scheduled and bootstrap work (sweeps, first-run seeding) as "system", so that the
 * services keep their role checks and the history still says who acted.
 */
public final class SystemActor {

    public static final String USERNAME = "system";

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        MamoriPrincipal system = new MamoriPrincipal(0L, USERNAME, USERNAME, null, EnumSet.allOf(Role.class), null,
                Messages.JAPANESE, true, false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
