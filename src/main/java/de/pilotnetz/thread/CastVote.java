package de.pilotnetz.thread;

/** +1, -1, or 0 to take one's vote back. */
public record CastVote(Integer value) {}
