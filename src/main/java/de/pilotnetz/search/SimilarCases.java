package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.io.IOException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Ähnliche Projekte" with Lucene's MoreLikeThis over title, summary, body and lessons of a source
 * document the viewer can read. Optional hints lift results from the same state or population band
 * by a factor, so they reorder close candidates without pulling in unrelated ones.
 */
final class SimilarCases {

  private static final String[] FIELDS = {TITLE, SUMMARY, BODY, LESSONS};
  private static final float SAME_STATE = 1.3f;
  private static final float SAME_BAND = 1.2f;

  private final GermanAnalysis analysis;

  SimilarCases(GermanAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Null if the source is missing or not readable by the viewer. */
  Query query(IndexSearcher searcher, DocType type, long id, Viewer viewer, SimilarityHints hints)
      throws IOException {
    Query readable = PermissionFilter.forViewer(viewer);
    Term uid = new Term(UID, SearchDocument.uid(type, id));
    Query source =
        new BooleanQuery.Builder()
            .add(new TermQuery(uid), Occur.FILTER)
            .add(readable, Occur.FILTER)
            .build();
    TopDocs found = searcher.search(source, 1);
    if (found.scoreDocs.length == 0) {
      return null;
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analysis.textAnalyzer());
    mlt.setFieldNames(FIELDS);
    // a small corpus: single occurrences count
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxDocFreqPct(50);
    mlt.setMinWordLen(3);
    mlt.setMaxQueryTerms(30);
    mlt.setBoost(true);
    Query like = mlt.like(found.scoreDocs[0].doc);
    if (hints.state() != null) {
      like = FunctionScoreQuery.boostByQuery(like, new TermQuery(new Term(STATE, hints.state())), SAME_STATE);
    }
    if (hints.populationMin() != null || hints.populationMax() != null) {
      int min = hints.populationMin() == null ? 0 : hints.populationMin();
      int max = hints.populationMax() == null ? Integer.MAX_VALUE : hints.populationMax();
      like = FunctionScoreQuery.boostByQuery(like, IntPoint.newRangeQuery(POPULATION, min, max), SAME_BAND);
    }
    return new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(new Term(TYPE, type.name())), Occur.FILTER)
        .add(readable, Occur.FILTER)
        .add(new TermQuery(uid), Occur.MUST_NOT)
        .build();
  }
}
