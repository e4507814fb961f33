package de.pilotnetz.search;

/** A document changed; observed after commit to wake the indexer. */
public record SearchChanged(DocType type, long id) {}
