package de.pilotnetz.search;

/**
 * What the source municipality looks like, to lift similar cases from the same state or population
 * band. Any field may be null.
 */
public record SimilarityHints(String state, Integer populationMin, Integer populationMax) {
  public static final SimilarityHints NONE = new SimilarityHints(null, null, null);
}
