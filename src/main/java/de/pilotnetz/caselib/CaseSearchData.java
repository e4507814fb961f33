package de.pilotnetz.caselib;

import java.time.Instant;
import java.util.List;

/**
 * What the search feature indexes for one case, visibility fields included so that it can filter
 * hits the way {@code Access} does: {@code published} false means only the municipality's office
 * and admins may see it; {@code deleted} means remove from the index.
 */
public record CaseSearchData(long id, String title, String summary, String body, String lessonsGood,
    String lessonsBad, List<String> kpiNames, List<String> partners, List<String> tags,
    long municipalityId, String municipalityName, String state, int population, String topic,
    String phase, String attachmentText, String visibility, List<Long> allowedMunicipalityIds,
    boolean published, boolean deleted, Instant updatedAt, String url) {}
