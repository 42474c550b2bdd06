package jp.mamori.reminder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who receives which stage of an obligation, with the directory's answers cached for one
 * sweep (a sweep asks about the same few departments a million times).
 * <p>
 * Before and on the due date: the responsible person, else the department's manager, else the
 * privacy managers. Overdue: also the department's manager and every privacy manager.
 */
final class Addressing {

    interface Sink {
        void to(long recipientId, RecipientRole role);
    }

    private final RecipientDirectory directory;
    private final Map<Long, Optional<Long>> managers = new HashMap<>();
    private List<Long> privacyManagers;

    Addressing(RecipientDirectory directory) {
        this.directory = directory;
    }

    void address(Obligation obligation, Stage stage, Sink sink) {
        Long responsible = obligation.responsibleUserId();
        if (responsible != null && !stage.isOverdue()) {
            sink.to(responsible, RecipientRole.RESPONSIBLE);
            return;
        }
        Long manager = obligation.departmentId() == null ? null : manager(obligation.departmentId());
        Map<Long, RecipientRole> recipients = new LinkedHashMap<>();
        if (responsible != null) {
            recipients.put(responsible, RecipientRole.RESPONSIBLE);
        }
        if (manager != null && (stage.isOverdue() || recipients.isEmpty())) {
            recipients.putIfAbsent(manager, RecipientRole.DEPARTMENT_MANAGER);
        }
        if (stage.isOverdue() || recipients.isEmpty()) {
            privacyManagers().forEach(id -> recipients.putIfAbsent(id, RecipientRole.PRIVACY_MANAGER));
        }
        recipients.forEach(sink::to);
    }

    private Long manager(long departmentId) {
        return managers.computeIfAbsent(departmentId,
                id -> directory.departmentManager(id).map(RecipientDirectory.Recipient::userId)).orElse(null);
    }

    private List<Long> privacyManagers() {
        if (privacyManagers == null) {
            privacyManagers = directory.privacyManagers().stream().map(RecipientDirectory.Recipient::userId).toList();
        }
        return privacyManagers;
    }
}
