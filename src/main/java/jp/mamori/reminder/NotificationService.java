package jp.mamori.reminder;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications and mail preference. Nobody, administrators included, reads another's. */
@Service
public class NotificationService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Outbox outbox, JdbcTemplate jdbc, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<Notification> mine(NotificationFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return notifications.findForRecipient(me(), filter.unreadOnly(), blankToNull(filter.kind()), filter.severity(), sorted);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMine(NotificationFilter filter) {
        return notifications.countForRecipient(me(), filter.unreadOnly(), blankToNull(filter.kind()), filter.severity());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me());
    }

    /** The kinds the caller has notifications of, for the filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> myKinds() {
        return notifications.kindsOf(me());
    }

    /** Marks one of the caller's notifications read; another person's is refused, a missing one not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Notification markRead(long id) {
        Notification notification = notifications.findById(id).orElseThrow(() -> new NoSuchElementException("notification " + id));
        if (notification.getRecipientId() != me()) {
            throw new AccessDeniedException("Only one's own notifications");
        }
        notification.markRead(clock.instant());
        return notification;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean dailyDigest() {
        return Boolean.TRUE.equals(jdbc.query("select daily_digest from notification_preference where user_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, me()));
    }

    /**
     * One mail a day instead of single mails. It applies to notifications created from now on;
     * turning it off sends what was waiting for the digest as single mails.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setDailyDigest(boolean enabled) {
        long me = me();
        jdbc.update("""
                insert into notification_preference (user_id, daily_digest) values (?, ?)
                on conflict (user_id) do update set daily_digest = excluded.daily_digest
                """, me, enabled);
        if (!enabled) {
            outbox.releaseHeldAsSingles(me, clock.instant());
        }
    }

    private static long me() {
        return CurrentUser.require().userId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
