package de.pilotnetz.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Small documents for behaviour tests. */
final class Docs {
  static SearchDocument caseDoc(long id, String title, String body) {
    return caseDoc(id, title, body, "PUBLIC", Set.of(), "Breitband", "Bayern");
  }

  static SearchDocument caseDoc(
      long id, String title, String body, String visibility, Set<Long> allowed, String topic, String state) {
    return new SearchDocument(DocType.CASE, id, title, null, body, null, null, List.of(), "Musterstadt",
        state, topic, "Pilot", 10_000, null, visibility, allowed, null, "A. Autor",
        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id), "/cases/" + id);
  }

  static SearchDocument chat(long id, long room, String body) {
    return new SearchDocument(DocType.CHAT, id, null, null, body, null, null, List.of(), null, null,
        null, null, null, null, "NETWORK", Set.of(), room, "B. Autor", Instant.now(), "/chat/" + room);
  }

  private Docs() {}
}
