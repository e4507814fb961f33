package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ranking quality on a hand-judged German collection: mean nDCG@10 (gain 2^rel - 1, log2
 * discount, ideal DCG from all judged documents) must stay at or above 0.8.
 */
class SearchQualityTest {

  static final double THRESHOLD = 0.8;
  private static TestIndex index;

  @BeforeAll
  static void indexCorpus() {
    List<SearchDocument> docs = QualityCorpus.documents();
    assertTrue(docs.size() >= 60, "at least 60 documents");
    index = new TestIndex(docs);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void meanNdcgAtTenIsAtLeastPointEight() {
    List<QualityCorpus.Judged> queries = QualityCorpus.queries();
    assertTrue(queries.size() >= 30, "at least 30 queries");
    double sum = 0;
    StringBuilder report = new StringBuilder("nDCG@10 per query:\n");
    for (QualityCorpus.Judged q : queries) {
      SearchRequest r = new SearchRequest(q.q(), null, q.topic(), q.state(), null, null, null, 0, 10);
      List<Long> ranked = index.search(r, Viewer.administrator()).hits().stream().map(SearchHit::id).toList();
      double ndcg = ndcg(ranked, q.relevance());
      sum += ndcg;
      report.append(String.format("  %.3f  %-14s %-60s %s%n", ndcg, q.id(), q.q(), ranked));
    }
    double mean = sum / queries.size();
    report.append(String.format("mean nDCG@10 = %.4f over %d queries%n", mean, queries.size()));
    System.out.print(report);
    assertTrue(mean >= THRESHOLD, report.toString());
  }

  /**
   * Totals and facets are counted with the unscored {@code all}-field form of the query; it must
   * match the very documents the scored query does, for the judged queries and the odd shapes.
   */
  @Test
  void countingFormMatchesTheSameDocumentsAsTheScoredQuery() throws Exception {
    UserQueryParser parser = new UserQueryParser(TestIndex.ANALYSIS);
    List<String> inputs = new ArrayList<>();
    QualityCorpus.queries().forEach(q -> inputs.add(q.q()));
    inputs.addAll(List.of("\"Ausbau der Glasfaser\"", "Glasfaser -Förderung", "Glasfasr",
        "Breitbnad Förderung", "ÖPNV", "Bürgerbeteiligungsplattform", "-\"weiße Flecken\" Ausbau",
        "Wie organisiert man den Glasfaserausbau im ländlichen Raum?", "", "title:(a AND"));
    IndexSearcher s = index.index.searcherManager().acquire();
    try {
      for (String in : inputs) {
        for (boolean fuzzy : new boolean[] {false, true}) {
          UserQueryParser.Parsed p = parser.parse(in, fuzzy, fuzzy);
          assertEquals(s.count(p.query()), s.count(p.match()), in + (fuzzy ? " (fuzzy)" : ""));
        }
      }
    } finally {
      index.index.searcherManager().release(s);
    }
  }

  static double ndcg(List<Long> ranked, Map<Integer, Integer> relevance) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      int rel = relevance.getOrDefault(ranked.get(i).intValue(), 0);
      dcg += gain(rel) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(relevance.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int rel) {
    return Math.pow(2, rel) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void ndcgFormulaOnAKnownRanking() {
    // ideal: 3,2 -> 7 + 3/log2(3); ranked: 2 first, 3 second
    double expected = (3 + 7 / log2(3)) / (7 + 3 / log2(3));
    assertEquals(expected, ndcg(List.of(2L, 1L), Map.of(1, 3, 2, 2)), 1e-9);
    assertEquals(1.0, ndcg(List.of(1L, 2L, 9L), Map.of(1, 3, 2, 2)), 1e-9);
  }
}
