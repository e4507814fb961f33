package de.pilotnetz.thread;

import java.time.Instant;

/** An open report in the moderation queue, with what it is about. */
public record FlagView(long id, String kind, long targetId, long threadId, String threadTitle,
    String excerpt, String reason, AuthorView reporter, Instant createdAt, boolean hidden) {}
