package jp.mamori.reminder.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jp.mamori.reminder.Notification;
import jp.mamori.reminder.NotificationFilter;
import jp.mamori.reminder.NotificationService;
import jp.mamori.reminder.Severity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications; nobody reads another person's, administrators included. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
@Validated
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first; unread=true for unread ones only")
    NotificationPageDto list(@RequestParam(defaultValue = "false") boolean unread,
                             @RequestParam(required = false) String kind,
                             @RequestParam(required = false) Severity severity,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Page<Notification> result = notifications.mine(new NotificationFilter(unread, kind, severity), PageRequest.of(page, size));
        return new NotificationPageDto(result.stream().map(NotificationDto::of).toList(), page, size,
                result.getTotalElements(), notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (403 for another person's, 404 when missing)")
    NotificationDto read(@PathVariable long id) {
        return NotificationDto.of(notifications.markRead(id));
    }
}
