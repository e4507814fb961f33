package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Completes a typed prefix to titles, tags and municipality names of readable documents. Every
 * typed word must start a word of the completion, in any order ("portal bürg" → "Bürgerportal
 * …" titles). Folded like the exact fields, so "buerg" completes "Bürgerbus".
 */
final class Autocomplete {

  static final int MAX_LIMIT = 20;
  private static final int CANDIDATE_DOCS = 50;

  private final GermanAnalysis analysis;

  Autocomplete(GermanAnalysis analysis) {
    this.analysis = analysis;
  }

  List<String> suggest(IndexSearcher searcher, String prefix, Viewer viewer, int limit)
      throws IOException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SearchRequest.InvalidSearchRequest("limit", "must be between 1 and " + MAX_LIMIT);
    }
    List<String> typed = GermanAnalysis.tokens(analysis.exactAnalyzer(), clip(prefix));
    if (typed.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (int i = 0; i < typed.size(); i++) {
      Term t = new Term(AUTOCOMPLETE, typed.get(i));
      q.add(i == typed.size() - 1 ? new PrefixQuery(t) : new TermQuery(t), Occur.MUST);
    }
    q.add(PermissionFilter.forViewer(viewer), Occur.FILTER);
    Set<String> out = new LinkedHashSet<>();
    for (ScoreDoc sd : searcher.search(q.build(), CANDIDATE_DOCS).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc);
      List<String> candidates = new ArrayList<>();
      candidates.add(d.get(TITLE));
      candidates.addAll(List.of(d.getValues(TAGS)));
      candidates.add(d.get(MUNICIPALITY));
      for (String c : candidates) {
        if (c != null && completes(c, typed)) {
          out.add(c);
        }
      }
      if (out.size() >= limit) {
        break;
      }
    }
    return out.stream().limit(limit).toList();
  }

  private boolean completes(String candidate, List<String> typed) {
    List<String> words = GermanAnalysis.tokens(analysis.exactAnalyzer(), candidate);
    return typed.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() > 100 ? s.substring(0, 100) : s;
  }
}
