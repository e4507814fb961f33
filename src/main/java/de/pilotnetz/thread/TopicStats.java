package de.pilotnetz.thread;

import jakarta.json.bind.annotation.JsonbNillable;

/** Per topic: questions, answered, solved, and the median minutes to first and to accepted answer. */
@JsonbNillable
public record TopicStats(String topic, int questions, int answered, int solved,
    Long medianMinutesToFirstAnswer, Long medianMinutesToAccepted) {}
