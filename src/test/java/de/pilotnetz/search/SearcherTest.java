package de.pilotnetz.search;

import static de.pilotnetz.search.Docs.caseDoc;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearcherTest {

  private static TestIndex index;
  private static final Viewer ADMIN = Viewer.administrator();

  @BeforeAll
  static void build() {
    index = new TestIndex(List.of(
        caseDoc(1, "Ausbau der Glasfaser im Dorf", "Der Ausbau der Glasfaser erreichte alle Höfe."),
        caseDoc(2, "Glasfaserausbau in der Stadt", "Wir haben den Glasfaserausbau ausgeschrieben."),
        caseDoc(3, "Neues Bürgerportal", "Das Bürgerportal bündelt Onlinedienste."),
        caseDoc(4, "Sanierung der Hauptstraße", "Die Straße wurde erneuert."),
        caseDoc(5, "Onlinezugangsgesetz umgesetzt", "Alle Leistungen nach dem Onlinezugangsgesetz sind online."),
        caseDoc(6, "OZG-Cockpit", "Ein Dashboard zeigt den Stand der OZG-Umsetzung."),
        caseDoc(7, "Rufbus im Landkreis", "Der öffentliche Personennahverkehr wird ergänzt."),
        caseDoc(8, "Breitband im Gewerbegebiet", "Breitband für Unternehmen."),
        caseDoc(9, "Tablets an Schulen", "Jede Schule bekam Tablets."),
        caseDoc(10, "Förderungen beantragen", "Mehrere Förderungen wurden kombiniert."),
        caseDoc(11, "Ladesäulen am Rathaus", "Zwei Ladesäulen für E-Autos."),
        caseDoc(12, "Digitale Schule", "Die Förderung kam vom Land."),
        caseDoc(13, "Unsichere Eingaben", "<script>alert('x')</script> Glasfaser & mehr")));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<Long> ids(String q) {
    return index.search(q, ADMIN).hits().stream().map(SearchHit::id).toList();
  }

  @Nested
  class Compounds {
    @Test
    void compoundQueryFindsTheSeparateWords() {
      assertTrue(ids("Glasfaserausbau").containsAll(List.of(1L, 2L)));
    }

    @Test
    void separateWordsFindTheCompound() {
      assertTrue(ids("Ausbau Glasfaser").containsAll(List.of(1L, 2L)));
    }

    @Test
    void hyphenatedSpellingFindsTheCompound() {
      assertEquals(3L, ids("Bürger-Portal").get(0));
    }
  }

  @Nested
  class AsciiSpellings {
    @Test
    void ueFindsUmlaut() {
      assertEquals(List.of(3L), ids("Buergerportal"));
      assertEquals(List.of(3L), ids("Burgerportal"));
    }

    @Test
    void ssFindsEszett() {
      assertTrue(ids("Strasse").contains(4L));
    }
  }

  @Nested
  class Synonyms {
    @Test
    void abbreviationFindsLongForm() {
      assertTrue(ids("OZG").containsAll(List.of(5L, 6L)));
    }

    @Test
    void longFormFindsAbbreviation() {
      assertTrue(ids("Onlinezugangsgesetz").containsAll(List.of(5L, 6L)));
    }

    @Test
    void multiWordSynonymFindsAbbreviationAndBack() {
      assertTrue(ids("ÖPNV").contains(7L));
      assertTrue(ids("OEPNV").contains(7L));
    }
  }

  @Nested
  class Typos {
    @Test
    void transposedLettersStillFindAndSuggest() {
      SearchResult r = index.search("Breitbnad", ADMIN);
      assertTrue(r.hits().stream().anyMatch(h -> h.id() == 8L));
      assertEquals("breitband", r.suggestion());
    }

    @Test
    void snippetMarksTheCorrectedWordAndKeepsPhrases() {
      SearchHit hit = index.search("Breitbnad \"Unternehmen\"", ADMIN).hits().get(0);
      assertEquals(8L, hit.id());
      assertTrue(hit.snippet().contains("<mark>Breitband</mark>"), hit.snippet());
      assertTrue(hit.snippet().contains("<mark>Unternehmen</mark>"), hit.snippet());
    }

    @Test
    void exclusionStillAppliesToTheTypoPass() {
      assertFalse(ids("Breitbnad -Gewerbegebiet").contains(8L));
    }

    @Test
    void correctQueryGetsNoSuggestion() {
      assertNull(index.search("Glasfaser", ADMIN).suggestion());
    }
  }

  @Nested
  class Inflections {
    @Test
    void pluralAndSingularMatch() {
      assertTrue(ids("Schule").contains(9L));
      assertTrue(ids("Förderung").containsAll(List.of(10L, 12L)));
      assertTrue(ids("Ladesäule").contains(11L));
    }
  }

  @Nested
  class Syntax {
    @Test
    void phraseRequiresAdjacency() {
      assertEquals(List.of(1L), ids("\"Ausbau der Glasfaser\""));
    }

    @Test
    void exclusionRemovesDocuments() {
      List<Long> ids = ids("Glasfaser -Dorf");
      assertFalse(ids.contains(1L));
      assertTrue(ids.contains(2L));
    }

    @Test
    void exactTitleRanksFirst() {
      assertEquals(8L, ids("Breitband im Gewerbegebiet").get(0));
    }
  }

  @Test
  void snippetsAreEscapedAndMarked() {
    SearchHit hit = index.search("Glasfaser", ADMIN).hits().stream()
        .filter(h -> h.id() == 13L).findFirst().orElseThrow();
    assertFalse(hit.snippet().contains("<script>"), hit.snippet());
    assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
    assertTrue(hit.snippet().contains("<mark>Glasfaser</mark>"), hit.snippet());
  }

  @Test
  void snippetsMarkPhrasesAndCompoundParts() {
    assertTrue(snippetOf("\"Ausbau der Glasfaser\"", 1L).contains("<mark>Glasfaser</mark>"));
    String compound = snippetOf("Glasfaserausbau", 1L);
    assertTrue(compound.contains("<mark>Ausbau</mark>") && compound.contains("<mark>Glasfaser</mark>"),
        compound);
  }

  private static String snippetOf(String q, long id) {
    return index.search(q, ADMIN).hits().stream().filter(h -> h.id() == id).findFirst()
        .orElseThrow().snippet();
  }

  @Test
  void facetsCountAllMatches() {
    SearchResult r = index.search("Glasfaser", ADMIN);
    assertEquals(r.total(), r.facets().get("type").get("CASE"));
    assertEquals(r.total(), r.facets().get("topic").get("Breitband"));
  }

  @Test
  void pagingReturnsTheRequestedSlice() {
    SearchResult all = index.search(SearchRequest.of("").withPage(0, 100), ADMIN);
    assertEquals(13, all.total());
    SearchResult second = index.search(SearchRequest.of("").withPage(1, 5), ADMIN);
    assertEquals(all.hits().subList(5, 10), second.hits());
  }

  @Test
  void filtersByPopulationRange() {
    SearchRequest r = new SearchRequest("Glasfaser", null, null, null, null, 20_000, 30_000, 0, 10);
    assertEquals(0, index.search(r, ADMIN).total());
  }

  @Test
  void invalidRequestsNameTheField() {
    var e = assertThrows(SearchRequest.InvalidSearchRequest.class,
        () -> new SearchRequest("x", null, null, null, null, null, null, 0, 101));
    assertEquals("size", e.field());
    e = assertThrows(SearchRequest.InvalidSearchRequest.class,
        () -> new SearchRequest("x", null, null, null, null, null, null, -1, 10));
    assertEquals("page", e.field());
    e = assertThrows(SearchRequest.InvalidSearchRequest.class,
        () -> new SearchRequest("x", null, null, null, null, 5000, 100, 0, 10));
    assertEquals("populationMin", e.field());
  }

  @Test
  void autocompleteCompletesFoldedPrefixes() throws Exception {
    assertEquals(List.of("Neues Bürgerportal"), index.searcher.suggest("buerg", ADMIN, 5));
    assertTrue(index.searcher.suggest("Musters", ADMIN, 5).contains("Musterstadt"));
  }

  @Test
  void similarCasesExcludeTheSourceAndFindRelated() throws Exception {
    List<Long> similar = index.searcher.similar(DocType.CASE, 1, ADMIN, 5).stream().map(SearchHit::id).toList();
    assertFalse(similar.contains(1L));
    assertEquals(2L, similar.get(0));
  }

  @Test
  void similarCasesHonourHints() throws Exception {
    var hints = new SimilarityHints("Bayern", 5_000, 20_000);
    assertFalse(index.searcher.similar(DocType.CASE, 1, ADMIN, 5, hints).isEmpty());
    assertTrue(index.searcher.similar(DocType.CASE, 999, ADMIN, 5).isEmpty());
  }
}
