package jp.mamori.reminder.api;

import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.reminder.Notification;
import jp.mamori.reminder.RecipientRole;
import jp.mamori.reminder.Severity;

/** A notification as the API shows it; {@code link} is the record's route in the UI. */
public record NotificationDto(long id, String kind, String subjectKey, String subject, LocalDate dueDate, String stage,
                              LocalDate fireDate, Severity severity, RecipientRole recipientRole, String link,
                              Instant createdAt, Instant readAt, boolean read) {

    static NotificationDto of(Notification n) {
        return new NotificationDto(n.getId(), n.getKind(), n.getSubjectKey(), n.getSubject(), n.getDueDate(),
                n.getStage().code(), n.getFireDate(), n.getSeverity(), n.getRecipientRole(), n.getLink(),
                n.getCreatedAt(), n.getReadAt(), n.isRead());
    }
}
