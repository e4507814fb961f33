package de.pilotnetz.search;

import static de.pilotnetz.search.Docs.caseDoc;
import static de.pilotnetz.search.Docs.chat;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each tier allowed and denied, from one shared index. Municipality A = 1, B = 2. */
class PermissionTest {

  private static TestIndex index;
  private static final Viewer ANONYMOUS = Viewer.anonymousVisitor();
  private static final Viewer MEMBER_A = Viewer.member(1L, Set.of(100L));
  private static final Viewer MEMBER_B = Viewer.member(2L, Set.of());

  @BeforeAll
  static void build() {
    index = new TestIndex(List.of(
        caseDoc(1, "Glasfaser öffentlich", "Glasfaser für alle.", "PUBLIC", Set.of(), "Breitband", "Bayern"),
        caseDoc(2, "Glasfaser im Netzwerk", "Glasfaser für Mitglieder.", "NETWORK", Set.of(), "Energie", "Hessen"),
        caseDoc(3, "Glasfaser vertraulich A", "Glasfaser nur für A.", "RESTRICTED", Set.of(1L), "Bildung", "Sachsen"),
        caseDoc(4, "Glasfaser vertraulich B", "Glasfaser nur für B.", "RESTRICTED", Set.of(2L, 3L), "Gesundheit", "Berlin"),
        chat(5, 100, "Glasfaser im Chat von Raum 100"),
        chat(6, 200, "Glasfaser im Chat von Raum 200")));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<Long> ids(Viewer v) {
    return index.search(SearchRequest.of("Glasfaser").withPage(0, 100), v).hits().stream()
        .map(SearchHit::id).sorted().toList();
  }

  @Nested
  class Anonymous {
    @Test
    void seesPublicOnly() {
      assertEquals(List.of(1L), ids(ANONYMOUS));
    }

    @Test
    void totalAndFacetsCountPublicOnly() {
      SearchResult r = index.search("Glasfaser", ANONYMOUS);
      assertEquals(1, r.total());
      assertEquals(java.util.Map.of("Breitband", 1L), r.facets().get("topic"));
      assertEquals(java.util.Map.of("CASE", 1L), r.facets().get("type"));
      assertEquals(java.util.Map.of("Bayern", 1L), r.facets().get("state"));
    }

    @Test
    void autocompleteOffersPublicTitlesOnly() throws Exception {
      assertEquals(List.of("Glasfaser öffentlich"), index.searcher.suggest("glasf", ANONYMOUS, 10));
    }

    @Test
    void getsNoSuggestionLeadingToUnreadableDocuments() {
      // "vertraulic" would be corrected to "vertraulich", which only restricted documents contain
      assertNull(index.search("vertraulic", ANONYMOUS).suggestion());
    }

    @Test
    void cannotAskForSimilarCasesOfUnreadableDocument() throws Exception {
      assertTrue(index.searcher.similar(DocType.CASE, 3, ANONYMOUS, 5).isEmpty());
    }
  }

  @Nested
  class MemberOfA {
    @Test
    void seesNetworkRestrictedForAAndOwnRoom() {
      assertEquals(List.of(1L, 2L, 3L, 5L), ids(MEMBER_A));
    }

    @Test
    void facetsOmitDocumentsRestrictedToB() {
      SearchResult r = index.search("Glasfaser", MEMBER_A);
      assertEquals(4, r.total());
      assertNull(r.facets().get("topic").get("Gesundheit"));
      assertEquals(1L, r.facets().get("type").get("CHAT"));
    }

    @Test
    void autocompleteIncludesRestrictedForAButNotForB() throws Exception {
      List<String> s = index.searcher.suggest("glasfaser vertr", MEMBER_A, 10);
      assertEquals(List.of("Glasfaser vertraulich A"), s);
    }

    @Test
    void similarCasesSkipDocumentsRestrictedToB() throws Exception {
      List<Long> ids = index.searcher.similar(DocType.CASE, 3, MEMBER_A, 10).stream().map(SearchHit::id).toList();
      assertFalse(ids.contains(4L));
      assertFalse(ids.contains(3L));
    }
  }

  @Nested
  class MemberOfB {
    @Test
    void seesRestrictedForBButNotChatOfOtherRooms() {
      assertEquals(List.of(1L, 2L, 4L), ids(MEMBER_B));
    }

    @Test
    void memberWithoutMunicipalitySeesNoRestricted() {
      assertEquals(List.of(1L, 2L), ids(Viewer.member(null, Set.of())));
    }
  }

  @Test
  void administratorSeesEverything() {
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), ids(Viewer.administrator()));
  }
}
