package jp.mamori.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountLockRepository extends JpaRepository<AccountLock, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccountLock l where l.username = :username")
    Optional<AccountLock> findForUpdate(String username);

    @Modifying
    @Query(value = "insert into account_lock (username, failed_count) values (:username, 0) on conflict do nothing",
            nativeQuery = true)
    void ensureExists(String username);
}
