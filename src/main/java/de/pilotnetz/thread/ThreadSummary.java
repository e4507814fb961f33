package de.pilotnetz.thread;

import de.pilotnetz.platform.security.Visibility;
import java.time.Instant;
import java.util.List;

/** A question in lists. */
public record ThreadSummary(long id, String title, String topic, List<String> tags, Visibility visibility,
    AuthorView author, Instant createdAt, int answerCount, boolean solved, boolean locked, boolean hidden) {}
