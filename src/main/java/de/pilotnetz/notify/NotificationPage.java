package de.pilotnetz.notify;

import java.util.List;

/** A page of notifications, newest first, with the member's unread count. */
public record NotificationPage(List<NotificationView> items, long unread, int page, int size) {}
