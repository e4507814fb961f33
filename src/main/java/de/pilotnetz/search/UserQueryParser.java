package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import de.pilotnetz.search.GermanAnalysis.AnalyzedWord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Turns what a user typed into a Lucene query. Loose words become concepts (a word with its
 * synonyms, or a multi-word synonym span); most concepts must match, in any text field, ranked by
 * the weighted field {@link SearchFields#RANKED} (BM25F: one postings list per word, field weights
 * applied at indexing). A compound matches either as a whole or by all its parts, so
 * "Glasfaserausbau" finds "Ausbau der Glasfaser". "Phrases" must match, scored per field with
 * {@link SearchFields#TEXT_BOOSTS}; -words must not match; the typed words as a phrase in the title
 * lift exact titles to the top. Never throws on user input: Lucene syntax characters are plain
 * text here.
 */
public final class UserQueryParser {

  static final int MAX_CONCEPTS = 16;
  private static final float TIE_BREAKER = 0.2f;
  private static final float PARTS_WEIGHT = 0.8f;
  private static final float TITLE_PHRASE_BOOST = 4f;

  private final GermanAnalysis analysis;

  public UserQueryParser(GermanAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * The parsed query, the same condition over the {@code all} field alone (unscored; it matches
   * exactly the same documents, since {@code all} holds every text field analysed alike), and the
   * loose words typed (lower case), for spelling suggestions.
   */
  public record Parsed(Query query, Query match, List<String> words, boolean matchesAll) {}

  public Parsed parse(String input) {
    return parse(input, false);
  }

  /**
   * With {@code fuzzy}, each typed word also matches indexed words one or two edits away (in the
   * {@code all} field; exact words still score per field).
   */
  public Parsed parse(String input, boolean fuzzy) {
    return parse(input, fuzzy, false);
  }

  /**
   * The fallback for queries with few hits: with {@code relaxed}, one matching concept suffices
   * (documents matching more still rank higher); with {@code fuzzy}, words also match indexed
   * words one or two edits away.
   */
  public Parsed parse(String input, boolean fuzzy, boolean relaxed) {
    UserInput in = UserInput.of(input);
    List<String> words = GermanAnalysis.tokens(analysis.spellAnalyzer(), in.words());
    List<List<List<String>>> concepts = concepts(in.words());
    Built scored = build(in, concepts, fuzzy, relaxed, true);
    Built match = build(in, concepts, fuzzy, relaxed, false);
    return new Parsed(scored.query(), match.query(), words, !scored.positive());
  }

  private record Built(Query query, boolean positive) {}

  /**
   * Scored, words are ranked by the weighted field and phrases per field; otherwise the form over
   * the {@code all} field alone, for counting.
   */
  private Built build(UserInput in, List<List<List<String>>> conceptWords, boolean fuzzy,
      boolean relaxed, boolean scored) {
    Map<String, Float> boosts = scored ? TEXT_BOOSTS : null;
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    boolean positive = false;
    List<Query> concepts = new ArrayList<>();
    for (List<List<String>> alternatives : conceptWords) {
      Query c = anyAlternative(scored ? RANKED : ALL, alternatives, fuzzy);
      if (c != null && concepts.size() < MAX_CONCEPTS) {
        concepts.add(c);
      }
    }
    if (!concepts.isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      concepts.forEach(c -> all.add(c, Occur.SHOULD));
      all.setMinimumNumberShouldMatch(relaxed ? 1 : minimumShouldMatch(concepts.size()));
      q.add(all.build(), Occur.MUST);
      positive = true;
    }
    for (String phrase : in.phrases()) {
      Query p = textPhrase(phrase, boosts);
      if (p != null) {
        q.add(p, Occur.MUST);
        positive = true;
      }
      Query exact = boosts == null ? null : exactTitlePhrase(phrase);
      if (exact != null) {
        q.add(exact, Occur.SHOULD);
      }
    }
    Query titleBoost = boosts == null ? null : exactTitlePhrase(in.words());
    if (titleBoost != null && positive) {
      q.add(titleBoost, Occur.SHOULD);
    }
    for (String ex : in.excluded()) {
      Query p = exclusion(ex);
      if (p != null) {
        q.add(p, Occur.MUST_NOT);
      }
    }
    if (!positive) {
      q.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return new Built(q.build(), positive);
  }

  /** Most words must match; with many words (a typed question) fewer are required. */
  static int minimumShouldMatch(int concepts) {
    return concepts <= 2 ? concepts : Math.max(2, Math.round(concepts * 0.6f));
  }

  /**
   * Splits loose text into concepts; each is a list of alternatives, each alternative a list of
   * folded words (more than one for a multi-word synonym like "öffentlicher Personennahverkehr").
   */
  List<List<List<String>>> concepts(String text) {
    List<List<List<String>>> out = new ArrayList<>();
    if (GermanAnalysis.tokens(analysis.exactAnalyzer(), text).isEmpty()) {
      return out; // only punctuation: the graph of an empty stream is undefined
    }
    try (TokenStream ts = analysis.synonymAnalyzer().tokenStream("", text)) {
      // the graph resets and consumes the stream itself
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
      int[] points = graph.articulationPoints();
      int start = 0;
      for (int i = 0; i <= points.length; i++) {
        int end = i < points.length ? points[i] : -1;
        List<List<String>> alternatives = new ArrayList<>();
        if (graph.hasSidePath(start)) {
          Iterator<TokenStream> paths = graph.getFiniteStrings(start, end);
          while (paths.hasNext()) {
            alternatives.add(terms(paths.next()));
          }
        } else {
          for (AttributeSource a : graph.getTerms(start)) {
            alternatives.add(List.of(a.getAttribute(CharTermAttribute.class).toString()));
          }
        }
        if (!alternatives.isEmpty()) {
          out.add(alternatives);
        }
        start = end;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> terms(TokenStream path) throws IOException {
    List<String> words = new ArrayList<>();
    CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
    path.reset();
    while (path.incrementToken()) {
      words.add(term.toString());
    }
    path.end();
    path.close();
    return words;
  }

  private Query anyAlternative(String field, List<List<String>> alternatives, boolean fuzzy) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (List<String> alt : alternatives) {
      Query q = alternativeQuery(field, alt, fuzzy);
      if (q != null) {
        any.add(q, Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  private Query alternativeQuery(String field, List<String> foldedWords, boolean fuzzy) {
    List<AnalyzedWord> analyzed = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < foldedWords.size(); i++) {
      AnalyzedWord w = analysis.analyzeWord(foldedWords.get(i));
      if (w != null) {
        analyzed.add(w);
        positions.add(i);
      }
    }
    if (analyzed.isEmpty()) {
      return null;
    }
    if (analyzed.size() == 1) {
      return wordQuery(field, analyzed.get(0), fuzzy && foldedWords.size() == 1);
    }
    // the weighted field has no positions; a multi-word synonym matches as a phrase in all text
    String phraseField = field.equals(RANKED) ? ALL : field;
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
    for (int i = 0; i < analyzed.size(); i++) {
      phrase.add(new Term(phraseField, analyzed.get(i).term()), positions.get(i));
    }
    return phrase.build();
  }

  private static Query wordQuery(String field, AnalyzedWord w, boolean fuzzy) {
    Query whole = new TermQuery(new Term(field, w.term()));
    if (fuzzy) {
      int edits = w.term().length() >= 8 ? 2 : w.term().length() >= 4 ? 1 : 0;
      if (edits > 0) {
        whole = new FuzzyQuery(new Term(field, w.term()), edits, 1);
      }
    }
    if (w.parts().isEmpty()) {
      return whole;
    }
    BooleanQuery.Builder parts = new BooleanQuery.Builder();
    w.parts().forEach(p -> parts.add(new TermQuery(new Term(field, p)), Occur.MUST));
    return new BooleanQuery.Builder()
        .add(whole, Occur.SHOULD)
        .add(new BoostQuery(parts.build(), PARTS_WEIGHT), Occur.SHOULD)
        .build();
  }

  /**
   * A -word excludes what the same word would find (as a whole or by its parts); -"a b" a phrase.
   * Unscored, so the {@code all} field, which holds every text, suffices.
   */
  private Query exclusion(String text) {
    List<String> folded = GermanAnalysis.tokens(analysis.exactAnalyzer(), text);
    if (folded.size() != 1) {
      return textPhrase(text, null);
    }
    AnalyzedWord w = analysis.analyzeWord(folded.get(0));
    return w == null ? null : wordQuery(ALL, w, false);
  }

  /** A quoted phrase in any text field, analyzed like the text; parts of compounds are skipped. */
  private Query textPhrase(String text, Map<String, Float> boosts) {
    if (boosts == null) {
      return phraseIn(ALL, text);
    }
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : boosts.entrySet()) {
      Query q = phraseIn(field.getKey(), text);
      if (q == null) {
        return null;
      }
      perField.add(new BoostQuery(q, field.getValue()));
    }
    return new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private Query phraseIn(String field, String text) {
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    int terms = 0;
    try (TokenStream ts = analysis.textAnalyzer().tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          pos += inc.getPositionIncrement();
          b.add(new Term(field, term.toString()), pos);
          terms++;
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms == 0 ? null : b.build();
  }

  private Query exactTitlePhrase(String text) {
    List<String> tokens = GermanAnalysis.tokens(analysis.exactAnalyzer(), text);
    if (tokens.isEmpty()) {
      return null;
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(1);
    tokens.forEach(t -> b.add(new Term(TITLE_EXACT, t)));
    return new BoostQuery(b.build(), TITLE_PHRASE_BOOST);
  }
}
