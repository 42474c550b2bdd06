package jp.mamori.reminder.api;

import java.util.List;

/** One page of the caller's notifications, newest first. */
public record NotificationPageDto(List<NotificationDto> items, int page, int size, long total, long unread) {
}
