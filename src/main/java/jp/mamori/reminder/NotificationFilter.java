package jp.mamori.reminder;

/** What a person filters their notifications by; null means any. */
public record NotificationFilter(boolean unreadOnly, String kind, Severity severity) {

    public static final NotificationFilter ALL = new NotificationFilter(false, null, null);
    public static final NotificationFilter UNREAD = new NotificationFilter(true, null, null);
}
