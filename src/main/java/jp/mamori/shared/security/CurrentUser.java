package jp.mamori.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now, for services that record "who" or restrict to "own records". */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<MamoriPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MamoriPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static MamoriPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The name recorded in history and audit entries; "system" for scheduled work. */
    public static String usernameOrSystem() {
        return get().map(MamoriPrincipal::username).orElse("system");
    }
}
