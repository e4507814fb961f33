package de.pilotnetz.search;

import static de.pilotnetz.search.Docs.caseDoc;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cached counts are kept per permission filter and dropped when the index changes. */
class FacetCountsTest {

  @Test
  void viewersWithTheSameQueryGetTheirOwnCounts() throws Exception {
    try (TestIndex index = new TestIndex(List.of(
        caseDoc(1, "Glasfaser öffentlich", "Glasfaser für alle."),
        caseDoc(2, "Glasfaser vertraulich", "Glasfaser nur für A.", "RESTRICTED", Set.of(1L),
            "Bildung", "Sachsen")))) {
      for (int round = 0; round < 2; round++) {
        SearchResult admin = index.search("Glasfaser", Viewer.administrator());
        SearchResult anonymous = index.search("Glasfaser", Viewer.anonymousVisitor());
        SearchResult otherMember = index.search("Glasfaser", Viewer.member(2L, Set.of()));
        assertEquals(2, admin.total());
        assertEquals(
            Map.of("Breitband", 1L, "Bildung", 1L), admin.facets().get(SearchFields.TOPIC));
        assertEquals(1, anonymous.total());
        assertEquals(Map.of("Breitband", 1L), anonymous.facets().get(SearchFields.TOPIC));
        assertEquals(1, otherMember.total());
      }
    }
  }

  @Test
  void aChangedIndexIsCountedAfresh() throws Exception {
    try (TestIndex index = new TestIndex(List.of(caseDoc(1, "Glasfaser im Dorf", "Ausbau.")))) {
      assertEquals(1, index.search("Glasfaser", Viewer.anonymousVisitor()).total());
      index.index.upsert(caseDoc(2, "Glasfaser in der Stadt", "Ausbau."));
      index.index.commit();
      SearchResult after = index.search("Glasfaser", Viewer.anonymousVisitor());
      assertEquals(2, after.total());
      assertEquals(Map.of("Breitband", 2L), after.facets().get(SearchFields.TOPIC));
    }
  }
}
