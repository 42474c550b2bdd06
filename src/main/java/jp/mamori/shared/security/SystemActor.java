package jp.mamori.shared.security;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mamori.shared.i18n.Messages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs scheduled and bootstrap work (sweeps, first-run seeding) as "system", so that the
 * services keep their role checks and the history still says who acted.
 *
 * <p>The work runs on a thread of its own: inside a Vaadin request the security context is
 * read from the signed-in person's session first, so a context set on the request thread
 * would be ignored (and must never replace that person's).
 */
public final class SystemActor {

    public static final String USERNAME = "system";

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = Thread.ofVirtual().name("system-actor").unstarted(() -> {
            CurrentInstance.clearAll();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            MamoriPrincipal system = new MamoriPrincipal(0L, USERNAME, USERNAME, null, EnumSet.allOf(Role.class), null,
                    Messages.JAPANESE, true, false);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running as system", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return result.get();
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
