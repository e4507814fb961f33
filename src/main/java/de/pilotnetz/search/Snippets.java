package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
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

  /**
   * One snippet per doc of {@code page}, in order; {@code stored} holds each doc's stored text
   * fields (the caller has read them already for the hit).
   */
  String[] forPage(IndexSearcher searcher, Query query, TopDocs page, Document[] stored) {
    String[] out = new String[page.scoreDocs.length];
    try {
      UnifiedHighlighter.Builder builder =
          UnifiedHighlighter.builder(searcher, indexAnalyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .withMaxLength(MAX_LENGTH)
              // Weight matches would run every field's clauses of the query again for each shown
              // field and document; the query's terms per field, read from the postings, suffice.
              .withWeightMatches(false);
      UnifiedHighlighter highlighter = new StoredTextHighlighter(builder, page, stored);
      String[] fallback = new String[out.length];
      // The first field with a match is shown, so a field is only highlighted for the documents
      // that had none in the fields before it (most cases match in the summary already).
      for (String field : FIELDS) {
        int[] open = IntStream.range(0, out.length).filter(i -> out[i] == null).toArray();
        if (open.length == 0) {
          break;
        }
        int[] docIds = Arrays.stream(open).map(i -> page.scoreDocs[i].doc).toArray();
        String[] found =
            highlighter.highlightFields(new String[] {field}, query, docIds, new int[] {2})
                .get(field);
        for (int k = 0; k < open.length; k++) {
          String s = found[k];
          if (s != null && s.contains("<mark>")) {
            out[open[k]] = s.strip();
          } else if (fallback[open[k]] == null && s != null && !s.isBlank()) {
            fallback[open[k]] = s.strip();
          }
        }
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = out[i] == null ? fallback[i] : out[i];
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Highlighting failed, falling back to plain text", e);
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = plainStart(stored[i]);
      }
    }
    return out;
  }

  /** Takes the texts from the documents already read instead of reading them again. */
  private static final class StoredTextHighlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> byDoc = new HashMap<>();

    StoredTextHighlighter(Builder builder, TopDocs page, Document[] stored) {
      super(builder);
      for (int i = 0; i < stored.length; i++) {
        byDoc.put(page.scoreDocs[i].doc, stored[i]);
      }
    }

    /** Words are queried in the ranked field, which holds every text: they mark any field. */
    @Override
    protected Predicate<String> getFieldMatcher(String field) {
      return queried -> queried.equals(field) || queried.equals(RANKED);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Document d = byDoc.get(doc);
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String v = d.get(fields[f]);
          // as the highlighter's own loader: at most the first MAX_LENGTH characters
          values[f] = v == null || v.length() <= MAX_LENGTH ? v : v.substring(0, MAX_LENGTH);
        }
        out.add(values);
      }
      return out;
    }
  }

  private static String plainStart(Document d) {
    String text = d.get(SUMMARY) != null ? d.get(SUMMARY) : d.get(BODY);
    if (text == null) {
      return "";
    }
    return escape(text.length() > 240 ? text.substring(0, 240) + " …" : text);
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
