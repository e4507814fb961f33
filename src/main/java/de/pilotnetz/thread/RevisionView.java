package de.pilotnetz.thread;

import java.time.Instant;

/** An earlier text of an answer. */
public record RevisionView(int revision, String body, Instant replacedAt) {}
