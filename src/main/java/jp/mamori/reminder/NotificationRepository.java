package jp.mamori.reminder;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query(value = """
            select n from Notification n
            where n.recipientId = :recipientId
              and (:unreadOnly = false or n.readAt is null)
              and (:kind is null or n.kind = :kind)
              and (:severity is null or n.severity = :severity)
            """, countQuery = """
            select count(n) from Notification n
            where n.recipientId = :recipientId
              and (:unreadOnly = false or n.readAt is null)
              and (:kind is null or n.kind = :kind)
              and (:severity is null or n.severity = :severity)
            """)
    Page<Notification> findForRecipient(long recipientId, boolean unreadOnly, String kind, Severity severity,
                                        Pageable pageable);

    @Query("""
            select count(n) from Notification n
            where n.recipientId = :recipientId
              and (:unreadOnly = false or n.readAt is null)
              and (:kind is null or n.kind = :kind)
              and (:severity is null or n.severity = :severity)
            """)
    long countForRecipient(long recipientId, boolean unreadOnly, String kind, Severity severity);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :when where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant when);

    @Query("select distinct n.kind from Notification n where n.recipientId = :recipientId order by n.kind")
    List<String> kindsOf(long recipientId);

    @Query("select distinct n.kind from Notification n order by n.kind")
    List<String> allKinds();
}
