package jp.mamori.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.mamori.organisation.AccountChanged;
import jp.mamori.shared.security.MamoriPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Authenticates API calls by token, remembering a verified token for a few seconds. A client
 * typically sends several calls in a row (fetch the test, submit it, sign the pledge); each
 * full check costs three queries, which on a deadline day is most of the database's work.
 * The window is short and bounded: a revocation or an account change on this node takes
 * effect at once; a lockout, or a change made on another node, within
 * {@code mamori.security.api-token-recheck-seconds} (a signed-in browser session keeps its
 * authentication far longer).
 */
@Component
class ApiTokenAuthenticator {

    private static final int MAX_REMEMBERED = 50_000;

    private final ApiTokenService tokens;
    private final Clock clock;
    private final Duration recheckAfter;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(MamoriPrincipal principal, Instant until) {
    }

    ApiTokenAuthenticator(ApiTokenService tokens, Clock clock,
                          @Value("${mamori.security.api-token-recheck-seconds:10}") int recheckSeconds) {
        this.tokens = tokens;
        this.clock = clock;
        this.recheckAfter = Duration.ofSeconds(recheckSeconds);
    }

    Optional<MamoriPrincipal> authenticate(String secret) {
        if (!ApiTokenService.looksLikeToken(secret)) {
            return Optional.empty();
        }
        String hash = ApiTokenService.hash(secret);
        Instant now = clock.instant();
        Verified known = verified.get(hash);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.principal());
        }
        Optional<MamoriPrincipal> principal = tokens.authenticate(secret);
        if (principal.isPresent() && !recheckAfter.isZero()) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.values().removeIf(entry -> !entry.until().isAfter(now));
            }
            if (verified.size() < MAX_REMEMBERED) {
                verified.put(hash, new Verified(principal.get(), now.plus(recheckAfter)));
            }
        } else {
            verified.remove(hash);
        }
        return principal;
    }

    /** After the commit: forgetting earlier would let a concurrent call remember the token again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(ApiTokenRevoked revoked) {
        verified.remove(revoked.tokenHash());
    }

    /** A deactivated account, or one whose roles changed, is checked again on its next call. */
    @TransactionalEventListener(fallbackExecution = true)
    void onAccountChanged(AccountChanged changed) {
        verified.values().removeIf(entry -> entry.principal().userId() == changed.userId());
    }
}
