package de.pilotnetz.search;

import de.pilotnetz.platform.errors.InvalidInput;
import java.util.Locale;

/** Turns the query parameters of {@code GET /api/search} into a request; 400 naming the field. */
final class SearchParams {

  static final int DEFAULT_SIZE = 10;

  private SearchParams() {}

  static SearchRequest parse(String q, String type, String topic, String state, String phase,
      String populationMin, String populationMax, String page, String size) {
    Integer min = integer("populationMin", populationMin, 0, Integer.MAX_VALUE);
    Integer max = integer("populationMax", populationMax, 0, Integer.MAX_VALUE);
    if (min != null && max != null && min > max) {
      throw new InvalidInput("populationMin", "darf nicht größer als populationMax sein");
    }
    Integer p = integer("page", page, 0, SearchRequest.MAX_PAGE);
    Integer s = integer("size", size, 1, SearchRequest.MAX_SIZE);
    try {
      return new SearchRequest(q, docType(type), blankToNull(topic), blankToNull(state),
          blankToNull(phase), min, max, p == null ? 0 : p, s == null ? DEFAULT_SIZE : s);
    } catch (SearchRequest.InvalidSearchRequest e) {
      throw new InvalidInput(e.field(), e.getMessage());
    }
  }

  static DocType docType(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    try {
      return DocType.valueOf(type.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("type", "muss case, thread oder chat sein");
    }
  }

  static Integer integer(String field, String value, int lowest, int highest) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int v = Integer.parseInt(value.trim());
      if (v < lowest || v > highest) {
        throw new InvalidInput(field, highest == Integer.MAX_VALUE
            ? "darf nicht kleiner als " + lowest + " sein"
            : "muss zwischen " + lowest + " und " + highest + " liegen");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "muss eine ganze Zahl sein");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
