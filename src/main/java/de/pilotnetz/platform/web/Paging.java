package de.pilotnetz.platform.web;

import de.pilotnetz.platform.errors.InvalidInput;

/** Page number (from 0) and page size from query parameters, validated: 400 naming the field. */
public record Paging(int page, int size) {
  public static final int MAX_SIZE = 100;

  public static Paging of(String page, String size, int defaultSize) {
    return new Paging(parse("page", page, 0, 0, 100_000), parse("size", size, defaultSize, 1, MAX_SIZE));
  }

  private static int parse(String field, String value, int dflt, int min, int max) {
    if (value == null || value.isBlank()) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(value.trim());
      if (v < min || v > max) {
        throw new InvalidInput(field, "muss zwischen " + min + " und " + max + " liegen");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "muss eine ganze Zahl sein");
    }
  }

  public int offset() {
    return page * size;
  }
}
