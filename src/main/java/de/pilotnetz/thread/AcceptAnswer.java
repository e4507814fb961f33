package de.pilotnetz.thread;

/** The answer that solves the question; null unmarks it. */
public record AcceptAnswer(Long answerId) {}
