package de.pilotnetz.caselib;

/** One line of a text diff: op "=" kept, "-" removed, "+" added. */
public record DiffLine(String op, String text) {}
