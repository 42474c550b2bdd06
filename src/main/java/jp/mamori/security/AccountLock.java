package jp.mamori.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "account_lock")
class AccountLock {

    @Id
    private String username;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected AccountLock() {
    }

    AccountLock(String username) {
        this.username = username;
    }

    int getFailedCount() {
        return failedCount;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    void recordFailure(int maxFailures, Instant now, java.time.Duration lockFor) {
        failedCount++;
        if (failedCount >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedCount = 0;
        }
    }

    void clear() {
        failedCount = 0;
        lockedUntil = null;
    }
}
