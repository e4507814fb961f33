package de.pilotnetz.notify;

import java.util.List;

/** Marks the listed notifications (or, with {@code all}, every one) as read. */
public record MarkRead(List<Long> ids, Boolean all) {}
