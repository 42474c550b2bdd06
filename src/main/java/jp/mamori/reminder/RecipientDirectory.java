package jp.mamori.reminder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who receives reminders: implemented by the user register, so that the reminder engine
 * needs no knowledge of accounts or departments.
 */
public interface RecipientDirectory {

    /** A person who can be notified. {@code email} may be null. */
    record Recipient(long userId, String displayName, String email, Locale locale) {
    }

    Optional<Recipient> recipient(long userId);

    /** The manager of the department, for escalation of overdue obligations. */
    Optional<Recipient> departmentManager(long departmentId);

    /** Active privacy managers, who receive every escalation. */
    List<Recipient> privacyManagers();
}
