package de.pilotnetz.thread;

import java.time.Instant;

/** An answer; {@code myVote} is the caller's vote (0 none), {@code version} the ETag for edits. */
public record AnswerView(long id, long threadId, AuthorView author, String body, String bodyHtml,
    int score, int myVote, boolean accepted, boolean hidden, int revision, Instant createdAt,
    Instant updatedAt, long version, boolean canEdit, boolean canVote) {}
