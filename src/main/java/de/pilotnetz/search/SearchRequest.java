package de.pilotnetz.search;

/**
 * A search as the user asked for it. Null filters mean "any". Invalid values throw {@link
 * InvalidSearchRequest} naming the field.
 */
public record SearchRequest(
    String q,
    DocType type,
    String topic,
    String state,
    String phase,
    Integer populationMin,
    Integer populationMax,
    int page,
    int size) {

  public static final int MAX_SIZE = 100;
  /** Deep paging costs memory per request; nobody reads page 100. */
  public static final int MAX_PAGE = 99;

  public SearchRequest {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidSearchRequest("size", "must be between 1 and " + MAX_SIZE);
    }
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidSearchRequest("page", "must be between 0 and " + MAX_PAGE);
    }
    if (populationMin != null && populationMin < 0) {
      throw new InvalidSearchRequest("populationMin", "must not be negative");
    }
    if (populationMin != null && populationMax != null && populationMin > populationMax) {
      throw new InvalidSearchRequest("populationMin", "must not exceed populationMax");
    }
    q = q == null ? "" : q;
  }

  /** A first page of ten for {@code q}, no filters. */
  public static SearchRequest of(String q) {
    return new SearchRequest(q, null, null, null, null, null, null, 0, 10);
  }

  public SearchRequest withPage(int page, int size) {
    return new SearchRequest(q, type, topic, state, phase, populationMin, populationMax, page, size);
  }

  /** Thrown for an invalid request parameter; {@link #field()} names it. */
  public static final class InvalidSearchRequest extends IllegalArgumentException {
    private final String field;

    public InvalidSearchRequest(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
