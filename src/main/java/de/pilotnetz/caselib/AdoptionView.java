package de.pilotnetz.caselib;

import java.time.Instant;

/** "Übernommen von": which town reuses which case, how far it has got, and its note. */
public record AdoptionView(long id, long caseId, String caseTitle, CaseView.Place municipality,
    String stage, String stageLabel, String note, Instant updatedAt) {}
