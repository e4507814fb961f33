package de.pilotnetz.chat;

import java.time.Instant;

/** One of the member's own messages in the data export. */
public record ChatMessageExport(long id, long roomId, String roomName, String text, Instant createdAt,
    Instant editedAt) {}
