package jp.mamori.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created and revoked by their owner only. */
@Service
public class ApiTokenService {

    static final String PREFIX = "mmr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserService users;
    private final AccountLockService locks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokenRepository tokens, UserService users, AccountLockService locks, Clock clock,
                    ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.users = users;
        this.locks = locks;
        this.clock = clock;
        this.events = events;
    }

    /** The new token's secret, which is shown to its owner this once and never again. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IssuedToken create(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw RuleViolation.onField("name", "apiToken.error.name");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(CurrentUser.require().userId(), name.strip(), hash(secret),
                secret.substring(0, 10), clock.instant()));
        return new IssuedToken(token, secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(CurrentUser.require().userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow();
        if (token.getUserId() != CurrentUser.require().userId()) {
            throw new AccessDeniedException("Only the owner revokes a token");
        }
        token.revoke(clock.instant());
        events.publishEvent(new ApiTokenRevoked(token.getUserId(), token.getTokenHash()));
    }

    /**
     * The enabled, unlocked owner of an active token, for authentication. One transaction for
     * the token, the person and the lock: every API call pays for it, so it takes one connection.
     */
    @Transactional
    public Optional<MamoriPrincipal> authenticate(String secret) {
        if (!looksLikeToken(secret)) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(secret)).map(token -> {
            token.used(clock.instant());
            return token.getUserId();
        }).flatMap(users::findPrincipal)
                .filter(MamoriPrincipal::enabled)
                .filter(found -> !locks.isLocked(found.username()));
    }

    static boolean looksLikeToken(String secret) {
        return secret != null && secret.startsWith(PREFIX);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
