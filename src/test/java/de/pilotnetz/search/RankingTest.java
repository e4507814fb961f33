package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The weighted field words are ranked by, and the fields replayed from one analysis. */
class RankingTest {

  private static final String FILLER = " Die Gemeinde berichtet über den Stand im Rathaus.";

  private static SearchDocument doc(long id, String title, String summary, String body,
      String lessons, String answers) {
    return new SearchDocument(DocType.CASE, id, title, summary, body, lessons, answers, List.of(),
        "Musterstadt", "Bayern", "Breitband", "Pilot", 10_000, null, "PUBLIC", Set.of(), null,
        "A. Autor", Instant.parse("2026-01-01T00:00:00Z"), "/cases/" + id);
  }

  @Test
  void aWordCountsAsMuchAsItsFieldWeighs() throws IOException {
    try (TestIndex t = new TestIndex(List.of(doc(1, "Glasfaser im Dorf", "Glasfaser." + FILLER,
        "Glasfaser und noch einmal Glasfaser." + FILLER, null, null)))) {
      // title 30 + summary 20 + body 2 × 10
      assertEquals(70, frequency(t, SearchFields.RANKED, "glasfas"));
    }
  }

  @Test
  void compoundPartsCountLikeWords() throws IOException {
    try (TestIndex t = new TestIndex(List.of(
        doc(1, "Ladesäulen am Rathaus", null, "Säulen vor dem Rathaus.", null, null)))) {
      assertEquals(30 + 10, frequency(t, SearchFields.RANKED, "saul"));
      assertEquals(30 + 10, frequency(t, SearchFields.RANKED, "rathaus"));
    }
  }

  @Test
  void titleOutranksSummaryOutranksBodyOutranksAnswers() {
    try (TestIndex t = new TestIndex(List.of(
        doc(1, "Bericht" + FILLER, null, "Ein Text." + FILLER, null, "Förderung beantragt."),
        doc(2, "Bericht" + FILLER, null, "Förderung beantragt." + FILLER, null, "Ein Text."),
        doc(3, "Bericht" + FILLER, "Förderung beantragt.", "Ein Text." + FILLER, null, null),
        doc(4, "Förderung beantragt" + FILLER, null, "Ein Text." + FILLER, null, null)))) {
      List<Long> ranked = t.search("Förderung", Viewer.administrator()).hits().stream()
          .map(SearchHit::id).toList();
      assertEquals(List.of(4L, 3L, 2L, 1L), ranked);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void textsWithoutWordsAreIndexedLikeAnyOther() {
    // Lucene refuses a field that is indexed in one document and only stored in another
    try (TestIndex t = new TestIndex(List.of(doc(1, "Glasfaser", "Kurz.", "Ein Text.", null, null),
        doc(2, "Glasfaser", "und die der", "– … –", "?!", null)))) {
      assertEquals(2, t.search("Glasfaser", Viewer.administrator()).total());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void ownFieldsHoldWhatTheirAnalyzerMakesWithPositionsAndOffsets() throws IOException {
    String body = "Der Glasfaserausbau im ländlichen Raum: Leerrohre, Förderung und die Bürger.";
    try (TestIndex t = new TestIndex(List.of(doc(1, "Titel", "Kurz.", body, "Gelernt.", null)))) {
      assertEquals(expected(body), indexed(t, SearchFields.BODY));
    }
  }

  /** term@position[start-end] for each token the text analyzer makes, sorted. */
  private static List<String> expected(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = TestIndex.ANALYSIS.textAnalyzer().tokenStream(SearchFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
      }
      ts.end();
    }
    out.sort(null);
    assertTrue(out.size() > 5, "the text has words, compound parts included: " + out);
    return out;
  }

  private static List<String> indexed(TestIndex t, String field) throws IOException {
    List<String> out = new ArrayList<>();
    IndexSearcher s = t.index.searcherManager().acquire();
    try {
      LeafReader leaf = s.getIndexReader().leaves().get(0).reader();
      TermsEnum terms = leaf.terms(field).iterator();
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        PostingsEnum p = terms.postings(null, PostingsEnum.ALL);
        p.nextDoc();
        for (int i = 0; i < p.freq(); i++) {
          int pos = p.nextPosition();
          out.add(term.utf8ToString() + "@" + pos + "[" + p.startOffset() + "-" + p.endOffset() + "]");
        }
      }
    } finally {
      t.index.searcherManager().release(s);
    }
    out.sort(null);
    return out;
  }

  private static int frequency(TestIndex t, String field, String word) throws IOException {
    IndexSearcher s = t.index.searcherManager().acquire();
    try {
      Terms terms = s.getIndexReader().leaves().get(0).reader().terms(field);
      TermsEnum e = terms.iterator();
      assertTrue(e.seekExact(new BytesRef(word)), word + " in " + field);
      PostingsEnum p = e.postings(null, PostingsEnum.FREQS);
      assertNotEquals(DocIdSetIterator.NO_MORE_DOCS, p.nextDoc());
      return p.freq();
    } finally {
      t.index.searcherManager().release(s);
    }
  }
}
