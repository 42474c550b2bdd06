package jp.mamori.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import jp.mamori.organisation.PasswordChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Five failed logins lock an account for fifteen minutes (both configurable). */
@Service
public class AccountLockService {

    private final AccountLockRepository locks;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    AccountLockService(AccountLockRepository locks, Clock clock,
                       @Value("${mamori.security.max-failed-logins}") int maxFailures,
                       @Value("${mamori.security.lockout-minutes}") int lockoutMinutes) {
        this.locks = locks;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockoutMinutes);
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return locks.findById(key(username))
                .map(AccountLock::getLockedUntil)
                .filter(until -> until.isAfter(clock.instant()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Instant lockedUntil(String username) {
        return locks.findById(key(username)).map(AccountLock::getLockedUntil).orElse(null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        String key = key(username);
        locks.ensureExists(key);
        AccountLock lock = locks.findForUpdate(key).orElseThrow();
        if (lock.getLockedUntil() == null || !lock.getLockedUntil().isAfter(clock.instant())) {
            lock.recordFailure(maxFailures, clock.instant(), lockFor);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        locks.findById(key(username)).ifPresent(AccountLock::clear);
    }

    @Transactional
    public void unlock(String username) {
        locks.findById(key(username)).ifPresent(AccountLock::clear);
    }

    @EventListener
    void onPasswordChanged(PasswordChanged event) {
        if (event.byAdministrator()) {
            unlock(event.username());
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
