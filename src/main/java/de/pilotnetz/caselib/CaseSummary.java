package de.pilotnetz.caselib;

import java.time.Instant;
import java.util.List;

/** A case in a list. */
public record CaseSummary(long id, String title, String summary, CaseView.Place municipality,
    String topic, String phase, String status, String visibility, List<String> tags,
    boolean kpisStale, long adoptionCount, Instant updatedAt) {}
