package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs searches, autocomplete and "similar cases" against the current index. Every query carries
 * the viewer's {@link PermissionFilter} as a FILTER clause, so hits, totals, facet counts,
 * suggestions and similar cases only ever reflect documents the viewer may read.
 *
 * <p>When a query finds fewer than {@link #FEW_HITS} documents, a relaxed fuzzy pass (any one
 * concept suffices; one edit for words of 4 to 7 letters, two from 8, first letter fixed) is tried
 * and a spelling suggestion offered if the viewer may read what it finds.
 */
public final class Searcher {

  static final int FEW_HITS = 3;
  private static final Sort NEWEST_FIRST = new Sort(new SortField(CREATED, SortField.Type.LONG, true));
  /** What a hit shows, and the texts its snippet is taken from; not tags, the all field etc. */
  private static final Set<String> SHOWN_FIELDS =
      Set.of(TYPE, ID, TITLE, MUNICIPALITY, STATE, TOPIC, PHASE, URL, SUMMARY, BODY, LESSONS,
          ANSWERS);

  private final SearcherManager searchers;
  private final UserQueryParser parser;
  private final Snippets snippets;
  private final Spelling spelling = new Spelling();
  private final Autocomplete autocomplete;
  private final SimilarCases similarCases;
  private final FacetCounts facetCounts = new FacetCounts();

  public Searcher(SearcherManager searchers, GermanAnalysis analysis) {
    this.searchers = searchers;
    this.parser = new UserQueryParser(analysis);
    this.snippets = new Snippets(analysis.indexAnalyzer());
    this.autocomplete = new Autocomplete(analysis);
    this.similarCases = new SimilarCases(analysis);
  }

  public SearchResult search(SearchRequest req, Viewer viewer) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Query readable = PermissionFilter.forViewer(viewer);
      UserQueryParser.Parsed parsed = parser.parse(req.q());
      // highlighting needs the words only; filters would be matched again for every field shown
      Collected found = collect(s, parsed, parsed.query(), req, readable);
      String suggestion = null;
      if (found.total() < FEW_HITS && !parsed.words().isEmpty()) {
        String corrected = spelling.correct(s.getIndexReader(), parsed.words());
        if (corrected != null
            && anyMatch(s, filtered(parser.parse(corrected).match(), req, readable))) {
          suggestion = corrected;
        }
        UserQueryParser.Parsed fuzzy = parser.parse(req.q(), true, true);
        // Highlighting a fuzzy query builds its automata again for every field of every shown
        // document (100-300 ms a page); the corrected words mark what matters at a fraction.
        String plain = corrected == null ? req.q() : UserInput.of(req.q()).withWords(corrected);
        Collected relaxed =
            collect(s, fuzzy, parser.parse(plain, false, true).query(), req, readable);
        if (relaxed.total() > found.total()) {
          found = relaxed;
        }
      }
      return page(s, found, req, suggestion);
    } finally {
      searchers.release(s);
    }
  }

  /** Completions of {@code prefix} from readable titles, tags and municipality names. */
  public List<String> suggest(String prefix, Viewer viewer, int limit) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return autocomplete.suggest(s, prefix, viewer, limit);
    } finally {
      searchers.release(s);
    }
  }

  public List<SearchHit> similar(DocType type, long id, Viewer viewer, int limit)
      throws IOException {
    return similar(type, id, viewer, limit, SimilarityHints.NONE);
  }

  /** Documents of the same type like the given one; empty if the viewer cannot read it. */
  public List<SearchHit> similar(
      DocType type, long id, Viewer viewer, int limit, SimilarityHints hints) throws IOException {
    if (limit < 1 || limit > SearchRequest.MAX_SIZE) {
      throw new SearchRequest.InvalidSearchRequest("limit", "must be between 1 and 100");
    }
    IndexSearcher s = searchers.acquire();
    try {
      Query q = similarCases.query(s, type, id, viewer, hints);
      if (q == null) {
        return List.of();
      }
      return hits(s, q, s.search(q, limit));
    } finally {
      searchers.release(s);
    }
  }

  /** The hits up to the requested page, the exact total and the facet counts. */
  private record Collected(Query highlight, TopDocs top, FacetCounts.Counts counts) {
    long total() {
      return counts.total();
    }
  }

  /**
   * Counts and facets come from the unscored {@code all}-field form of the query, which matches
   * the same documents as the scored one but skips scoring (and phrases per field); the scored
   * query then only has to find the top hits, and may skip documents that cannot enter them.
   */
  private Collected collect(IndexSearcher s, UserQueryParser.Parsed parsed, Query highlight,
      SearchRequest req, Query readable) throws IOException {
    int n = (req.page() + 1) * req.size();
    FacetCounts.Counts counts = facetCounts.get(s, filtered(parsed.match(), req, readable));
    Query scored = filtered(parsed.query(), req, readable);
    TopDocs top =
        parsed.matchesAll()
            ? s.search(scored, new TopFieldCollectorManager(NEWEST_FIRST, n, null, n))
            : s.search(scored, new TopScoreDocCollectorManager(n, null, n));
    return new Collected(highlight, top, counts);
  }

  private SearchResult page(IndexSearcher s, Collected c, SearchRequest req, String suggestion)
      throws IOException {
    ScoreDoc[] all = c.top().scoreDocs;
    int from = Math.min(req.page() * req.size(), all.length);
    ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, all.length);
    TopDocs page = new TopDocs(new TotalHits(c.total(), TotalHits.Relation.EQUAL_TO), pageDocs);
    return new SearchResult(
        c.total(), hits(s, c.highlight(), page), c.counts().facets(), suggestion);
  }

  /**
   * Reads each shown document once, for its fields and its snippet: every read decompresses the
   * document's block of stored fields anew.
   */
  private List<SearchHit> hits(IndexSearcher s, Query highlight, TopDocs page) throws IOException {
    StoredFields stored = s.storedFields();
    Document[] docs = new Document[page.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = stored.document(page.scoreDocs[i].doc, SHOWN_FIELDS);
    }
    String[] snips = snippets.forPage(s, highlight, page, docs);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      hits.add(hit(docs[i], page.scoreDocs[i], snips[i]));
    }
    return hits;
  }

  private static Query filtered(Query q, SearchRequest req, Query readable) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
    b.add(readable, Occur.FILTER);
    if (req.type() != null) {
      b.add(new TermQuery(new Term(TYPE, req.type().name())), Occur.FILTER);
    }
    addTerm(b, TOPIC, req.topic());
    addTerm(b, STATE, req.state());
    addTerm(b, PHASE, req.phase());
    if (req.populationMin() != null || req.populationMax() != null) {
      int min = req.populationMin() == null ? 0 : req.populationMin();
      int max = req.populationMax() == null ? Integer.MAX_VALUE : req.populationMax();
      b.add(IntPoint.newRangeQuery(POPULATION, min, max), Occur.FILTER);
    }
    return b.build();
  }

  private static void addTerm(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  /** Whether {@code q} matches any document; stops at the first. */
  private static boolean anyMatch(IndexSearcher s, Query q) throws IOException {
    boolean[] found = {false};
    s.search(q, new SimpleCollector() {
      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        if (found[0]) {
          throw new CollectionTerminatedException();
        }
      }

      @Override
      public void collect(int doc) {
        found[0] = true;
        throw new CollectionTerminatedException();
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return found[0];
  }

  private static SearchHit hit(Document d, ScoreDoc sd, String snippet) {
    return new SearchHit(
        DocType.valueOf(d.get(TYPE)),
        d.getField(ID).numericValue().longValue(),
        d.get(TITLE),
        snippet,
        Float.isNaN(sd.score) ? 0f : sd.score,
        d.get(MUNICIPALITY),
        d.get(STATE),
        d.get(TOPIC),
        d.get(PHASE),
        d.get(URL));
  }
}
