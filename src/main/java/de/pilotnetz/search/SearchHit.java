package de.pilotnetz.search;

/** One result; {@code snippet} is HTML: escaped text with {@code <mark>} around matches. */
public record SearchHit(
    DocType type,
    long id,
    String title,
    String snippet,
    float score,
    String municipality,
    String state,
    String topic,
    String phase,
    String url) {}
