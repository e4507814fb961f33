package de.pilotnetz.search;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON answer of {@code GET /api/search}: types in lower case ({@code "case"}), facets of
 * type, topic, state and phase, and a "Meinten Sie …" suggestion or null.
 */
public record SearchView(
    long total,
    List<Hit> hits,
    Map<String, Map<String, Long>> facets,
    @JsonbNillable String suggestion) {

  /** One result; {@code snippet} is HTML (escaped text, matches in {@code <mark>}). */
  @JsonbNillable
  public record Hit(String type, long id, String title, String snippet, float score,
      String municipality, String state, String topic, String phase, String url) {

    static Hit of(SearchHit h) {
      return new Hit(name(h.type()), h.id(), h.title(), h.snippet(), h.score(), h.municipality(),
          h.state(), h.topic(), h.phase(), h.url());
    }
  }

  static SearchView of(SearchResult r) {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>(r.facets());
    Map<String, Long> types = new LinkedHashMap<>();
    r.facets().getOrDefault(SearchFields.TYPE, Map.of())
        .forEach((k, v) -> types.put(k.toLowerCase(Locale.ROOT), v));
    facets.put(SearchFields.TYPE, types);
    return new SearchView(r.total(), r.hits().stream().map(Hit::of).toList(), facets,
        r.suggestion());
  }

  static String name(DocType t) {
    return t.name().toLowerCase(Locale.ROOT);
  }
}
