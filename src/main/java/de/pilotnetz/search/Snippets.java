package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets: HTML-escaped text with {@code <mark>} around matched words. Takes the
 * first of summary, body, lessons and answers that contains a match, else the start of the
 * summary or body.
 */
final class Snippets {

  private static final String[] FIELDS = {SUMMARY, BODY, LESSONS, ANSWERS};
  private static final int MAX_LENGTH = 20_000;
  private static final Logger LOG = Logger.getLogger(Snippets.class.getName());

  private final Analyzer indexAnalyzer;

  Snippets(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** One snippet per doc of {@code page}, in order. */
  String[] forPage(IndexSearcher searcher, Query query, TopDocs page) {
    String[] out = new String[page.scoreDocs.length];
    try {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, indexAnalyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .withMaxLength(MAX_LENGTH)
              // Weight matches would run every field's clauses of the query again for each shown
              // field and document; the query's terms per field, read from the postings, suffice.
              .withWeightMatches(false)
              .build();
      int[] passages = {2, 2, 2, 2};
      Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, page, passages);
      for (int i = 0; i < out.length; i++) {
        out[i] = choose(byField, i);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Highlighting failed, falling back to plain text", e);
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = plainStart(searcher, page.scoreDocs[i].doc);
      }
    }
    return out;
  }

  private static String choose(Map<String, String[]> byField, int i) {
    String fallback = null;
    for (String f : FIELDS) {
      String s = byField.get(f)[i];
      if (s != null && s.contains("<mark>")) {
        return s.strip();
      }
      if (fallback == null && s != null && !s.isBlank()) {
        fallback = s.strip();
      }
    }
    return fallback;
  }

  private static String plainStart(IndexSearcher searcher, int doc) {
    try {
      var d = searcher.storedFields().document(doc);
      String text = d.get(SUMMARY) != null ? d.get(SUMMARY) : d.get(BODY);
      if (text == null) {
        return "";
      }
      return escape(text.length() > 240 ? text.substring(0, 240) + " …" : text);
    } catch (IOException e) {
      return "";
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
