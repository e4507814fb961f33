package de.pilotnetz.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How hits are scored: BM25 in every field. {@link SearchFields#RANKED} counts each word in tenths
 * of a body word, so its k1 is scaled alike: a word once in the body saturates as in a plain field,
 * and the field weights apply before saturation, as in BM25F.
 */
public final class Ranking {

  private static final float K1 = 1.2f;
  private static final float B = 0.75f;

  /** For the writer (norms) and every searcher (scores). */
  static final Similarity SIMILARITY =
      new PerFieldSimilarityWrapper() {
        private final Similarity plain = new BM25Similarity(K1, B);
        private final Similarity weighted =
            new BM25Similarity(K1 * SearchFields.RANKED_WEIGHTS.get(SearchFields.BODY), B);

        @Override
        public Similarity get(String field) {
          return SearchFields.RANKED.equals(field) ? weighted : plain;
        }
      };

  private Ranking() {}

  /** Searchers that score with {@link #SIMILARITY}; for every SearcherManager of an index. */
  public static SearcherFactory searcherFactory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(SIMILARITY);
        return s;
      }
    };
  }
}
