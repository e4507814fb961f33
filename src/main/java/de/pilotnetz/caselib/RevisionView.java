package de.pilotnetz.caselib;

import java.time.Instant;
import java.util.List;

/** One revision in the history: number, who, when, which fields changed. */
public record RevisionView(int number, CaseView.Person author, Instant at, List<String> changed) {}
