package de.pilotnetz.notify;

/** A notification was stored; delivered live after commit, with the member's new unread count. */
record NotificationCreated(long memberId, NotificationView view, long unread) {}
