package de.pilotnetz.search;

import java.time.Instant;

/**
 * What {@code GET /api/admin/reindex} shows. {@code state} is the last rebuild's: {@code idle}
 * (none since start), {@code running}, {@code done}, {@code failed} or {@code stopped} (the
 * application is stopping); {@code total} is unknown (null) while sources stream. {@code lag} is
 * the newest change-log number minus the watermark.
 */
public record ReindexStatus(
    String state,
    long indexed,
    Long total,
    Instant startedAt,
    Instant finishedAt,
    long watermark,
    Long lag,
    boolean ready,
    String reason) {}
