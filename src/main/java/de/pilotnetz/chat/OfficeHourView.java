package de.pilotnetz.chat;

import java.time.Instant;

public record OfficeHourView(long id, long roomId, String roomName, long expertId, String expertName,
    String topic, Instant startsAt, int durationMinutes, String publication, Long threadId) {}
