package de.pilotnetz.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with the total and facet counts over all readable matches. {@code suggestion} is
 * a "Meinten Sie …" query, or null.
 */
public record SearchResult(
    long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String suggestion) {}
