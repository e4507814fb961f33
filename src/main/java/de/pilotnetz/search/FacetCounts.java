package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.FACETS;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Total and facet counts of a query, counted without scoring. The last {@link #CACHED} answers
 * are kept for the current reader: the same search (query, filters and the viewer's permission
 * filter, all part of the query) on an unchanged index counts the same, and any change opens a
 * new reader, which empties the cache.
 */
final class FacetCounts {

  static final int CACHED = 256;
  private static final int FACET_VALUES = 50;
  private static final Logger LOG = Logger.getLogger(FacetCounts.class.getName());

  private final FacetsConfig facetsConfig = new FacetsConfig();
  private volatile SortedSetDocValuesReaderState facetState;
  private volatile ForReader cache = new ForReader(null);

  Counts get(IndexSearcher s, Query query) throws IOException {
    IndexReader reader = s.getIndexReader();
    ForReader c = cache;
    if (c.reader != reader) {
      c = new ForReader(reader);
      cache = c;
    }
    Counts found = c.get(query);
    if (found == null) {
      found = count(s, query);
      c.put(query, found);
    }
    return found;
  }

  private Counts count(IndexSearcher s, Query query) throws IOException {
    FacetsCollector fc = new FacetsCollector(false);
    s.search(query, fc);
    long total = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      total += m.totalHits;
    }
    return new Counts(total, facets(s.getIndexReader(), fc));
  }

  private Map<String, Map<String, Long>> facets(IndexReader reader, FacetsCollector fc)
      throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState(reader);
    Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      FacetResult r = null;
      try {
        r = counts == null ? null : counts.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        // dimension not indexed yet
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
      out.put(dim, Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Building the ordinal map is costly; keep it until the reader changes. */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    SortedSetDocValuesReaderState cached = facetState;
    if (cached != null && cached.getReader() == reader) {
      return cached;
    }
    try {
      cached = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IllegalArgumentException e) {
      LOG.log(Level.FINE, "No facet values indexed yet");
      return null;
    }
    facetState = cached;
    return cached;
  }

  /** The counts of one query; the maps are unmodifiable, since cached answers are shared. */
  record Counts(long total, Map<String, Map<String, Long>> facets) {}

  /** Least recently used answers for one reader. */
  private static final class ForReader {
    final IndexReader reader;
    private final Map<Query, Counts> byQuery =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Query, Counts> eldest) {
            return size() > CACHED;
          }
        };

    ForReader(IndexReader reader) {
      this.reader = reader;
    }

    synchronized Counts get(Query q) {
      return byQuery.get(q);
    }

    synchronized void put(Query q, Counts c) {
      byQuery.put(q, c);
    }
  }
}
