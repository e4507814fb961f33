package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.pilotnetz.platform.errors.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

  private static String field(Runnable r) {
    InvalidInput e = assertThrows(InvalidInput.class, r::run);
    return e.problem().errors().get(0).field();
  }

  @Test
  void defaultsToTheFirstPageOfTen() {
    SearchRequest r = SearchParams.parse(null, null, "", " ", null, null, null, null, null);
    assertEquals("", r.q());
    assertEquals(0, r.page());
    assertEquals(10, r.size());
    assertNull(r.type());
    assertNull(r.topic());
    assertNull(r.state());
  }

  @Test
  void typesAreLowerCaseWords() {
    assertEquals(DocType.CASE, SearchParams.docType("case"));
    assertEquals(DocType.THREAD, SearchParams.docType("Thread"));
    assertEquals("type", field(() -> SearchParams.docType("wiki")));
  }

  @Test
  void badNumbersNameTheirField() {
    assertEquals("size", field(() -> SearchParams.parse("x", null, null, null, null, null, null, null, "0")));
    assertEquals("size", field(() -> SearchParams.parse("x", null, null, null, null, null, null, null, "101")));
    assertEquals("page", field(() -> SearchParams.parse("x", null, null, null, null, null, null, "-1", null)));
    assertEquals("page", field(() -> SearchParams.parse("x", null, null, null, null, null, null, "100", null)));
    assertEquals("populationMin", field(() -> SearchParams.parse("x", null, null, null, null, "viele", null, null, null)));
    assertEquals("populationMax", field(() -> SearchParams.parse("x", null, null, null, null, null, "-3", null, null)));
    assertEquals("populationMin", field(() -> SearchParams.parse("x", null, null, null, null, "500", "100", null, null)));
  }

  @Test
  void viewShowsTypesInLowerCase() {
    SearchResult r = new SearchResult(1,
        List.of(new SearchHit(DocType.CASE, 7, "Glasfaser", "<mark>Glas</mark>", 1.5f, "Bamberg",
            "Bayern", "Breitband", "Pilot", "/cases/7")),
        Map.of("type", Map.of("CASE", 1L), "topic", Map.of("Breitband", 1L)), null);
    SearchView v = SearchView.of(r);
    assertEquals("case", v.hits().get(0).type());
    assertEquals(Map.of("case", 1L), v.facets().get("type"));
    assertEquals(Map.of("Breitband", 1L), v.facets().get("topic"));
  }
}
