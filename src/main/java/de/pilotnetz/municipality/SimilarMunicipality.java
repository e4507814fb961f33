package de.pilotnetz.municipality;

import java.util.List;

/** A municipality like the one asked about, with the reasons in words. */
public record SimilarMunicipality(MunicipalityView municipality, int score, List<String> sharedTopics,
    String reason) {}
