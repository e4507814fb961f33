package de.pilotnetz.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Owns every analyzer of the German search.
 *
 * <p>Text fields: standard tokenizer, lower case, {@link GermanNormalizationFilter} (ä/ae→a, ö/oe→o,
 * ü/ue→u, ß→ss, so "Buergerportal", "Bürgerportal" and "Burgerportal" become "burgerportal"),
 * stop words, dictionary decompounding (whole word kept, parts at the same position), then {@link
 * GermanLightStemFilter}. Folding runs before decompounding and the dictionary is folded too, so
 * parts are found in ASCII spellings and parts are stemmed like words.
 *
 * <p>Queries: synonyms are matched on folded surface words, before stop words, decompounding and
 * stemming, because multi-word entries such as "Einer-für-Alle" consist of stop words and because
 * a stemmed or decompounded token stream is a graph SynonymGraphFilter cannot read. Each word of a
 * synonym path then goes through the rest of the text chain ({@link #analyzeWord}).
 *
 * <p>Exact fields fold and lower-case only: no stemming, no decompounding, no stop words. The spell
 * field lower-cases only, so "Meinten Sie" suggestions keep their umlauts.
 */
public final class GermanAnalysis {

  /**
   * Bump when the chain or the document layout changes in code (de-2: offsets in the postings of
   * the snippet fields; de-3: the weighted {@code ranked} field); file edits change {@link
   * #version()} by themselves.
   */
  static final String CHAIN_VERSION = "de-3";

  private static final int MIN_PART = 3;
  private static final Logger LOG = Logger.getLogger(GermanAnalysis.class.getName());

  private final CharArraySet stopWords;
  private final CharArraySet compoundParts;
  /** No longer substring can be a part: the decompounder need not look any up. */
  private final int longestPart;
  private final SynonymMap synonyms;
  private final String version;
  private final Analyzer text = analyzer(this::textChain);
  private final Analyzer exact = analyzer(this::exactChain);
  private final Analyzer spell = analyzer(() -> lowerCased(new StandardTokenizer()));
  private final Analyzer queryGraph;
  private final Analyzer word;
  private final Analyzer index;

  public GermanAnalysis(AnalysisResources resources) {
    this.stopWords = foldedSet(AnalysisResources.entries(resources.stopWords()));
    List<String> parts = AnalysisResources.entries(resources.compounds());
    this.compoundParts = foldedSet(parts);
    this.longestPart =
        Math.max(MIN_PART, parts.stream().mapToInt(p -> fold(p).length()).max().orElse(MIN_PART));
    this.synonyms = parseSynonyms(resources.synonyms());
    this.version = CHAIN_VERSION + "-" + resources.hash(CHAIN_VERSION).substring(0, 12);
    this.queryGraph =
        analyzer(() -> withSource(exactChain(), src -> new SynonymGraphFilter(src, synonyms, true)));
    this.word =
        analyzer(
            () -> {
              Tokenizer src = new KeywordTokenizer();
              return new Analyzer.TokenStreamComponents(src, afterFolding(src));
            });
    this.index =
        new PerFieldAnalyzerWrapper(
            text,
            Map.of(
                SearchFields.TITLE_EXACT, exact,
                SearchFields.AUTOCOMPLETE, exact,
                SearchFields.SPELL, spell));
    LOG.log(java.util.logging.Level.INFO, "German analysis ready, version {0}", version);
  }

  /** Reads the lists from {@code dir}, falling back to the classpath copies. */
  public static GermanAnalysis fromDirectory(Path dir) {
    return new GermanAnalysis(AnalysisResources.load(dir));
  }

  /** Chain version plus a hash of the word lists: an index built with another one needs a rebuild. */
  public String version() {
    return version;
  }

  /** Index-time analyzer, per field. */
  public Analyzer indexAnalyzer() {
    return index;
  }

  /** The text-field chain, also usable for phrases (no synonyms). */
  public Analyzer textAnalyzer() {
    return text;
  }

  /** Lower case and umlaut folding only. */
  public Analyzer exactAnalyzer() {
    return exact;
  }

  /** Lower case only, for the spell field. */
  public Analyzer spellAnalyzer() {
    return spell;
  }

  /** Query surface: folded words with synonym paths; feed each word to {@link #analyzeWord}. */
  public Analyzer synonymAnalyzer() {
    return queryGraph;
  }

  /** Folds a word or phrase like the exact fields do ("Bürger-Portal" → "burger portal"). */
  public String fold(String s) {
    return String.join(" ", tokens(exact, s));
  }

  /**
   * Runs one folded word through stop words, decompounding and stemming. Returns null for a stop
   * word; otherwise the stemmed word and its stemmed compound parts (empty if not a compound).
   */
  public AnalyzedWord analyzeWord(String foldedWord) {
    List<String> terms = tokens(word, foldedWord);
    if (terms.isEmpty()) {
      return null;
    }
    List<String> parts = terms.subList(1, terms.size()).stream().distinct().toList();
    return new AnalyzedWord(terms.get(0), parts);
  }

  /** A query word after analysis: {@code parts} are non-empty only for a split compound. */
  public record AnalyzedWord(String term, List<String> parts) {}

  /** All terms a given analyzer makes of {@code s}, stacked ones included. */
  public static List<String> tokens(Analyzer analyzer, String s) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  // --- chains ---

  private Analyzer.TokenStreamComponents textChain() {
    Tokenizer src = new StandardTokenizer();
    return new Analyzer.TokenStreamComponents(src, afterFolding(folded(src)));
  }

  private Analyzer.TokenStreamComponents exactChain() {
    Tokenizer src = new StandardTokenizer();
    return new Analyzer.TokenStreamComponents(src, folded(src));
  }

  private static TokenStream lowerCasedFolded(TokenStream in) {
    return new GermanNormalizationFilter(new LowerCaseFilter(in));
  }

  private static TokenStream folded(Tokenizer src) {
    return lowerCasedFolded(src);
  }

  private static Analyzer.TokenStreamComponents lowerCased(Tokenizer src) {
    return new Analyzer.TokenStreamComponents(src, new LowerCaseFilter(src));
  }

  /** Stop words, decompounding and stemming on folded tokens. */
  private TokenStream afterFolding(TokenStream in) {
    TokenStream ts = new StopFilter(in, stopWords);
    // onlyLongestMatch=false: CompoundCoverageFilter picks the segmentation itself and needs all
    // candidates, e.g. both "wärme" and "wärmeplan" to split "wärmeplanung" sensibly.
    ts = new DictionaryCompoundWordTokenFilter(ts, compoundParts, 5, MIN_PART, longestPart, false);
    ts = new CompoundCoverageFilter(ts);
    return new GermanLightStemFilter(ts);
  }

  private static Analyzer.TokenStreamComponents withSource(
      Analyzer.TokenStreamComponents base,
      java.util.function.Function<TokenStream, TokenStream> wrap) {
    return new Analyzer.TokenStreamComponents(base.getSource(), wrap.apply(base.getTokenStream()));
  }

  private static Analyzer analyzer(
      java.util.function.Supplier<Analyzer.TokenStreamComponents> chain) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return chain.get();
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return lowerCasedFolded(in);
      }
    };
  }

  private CharArraySet foldedSet(List<String> words) {
    CharArraySet set = new CharArraySet(words.size(), false);
    for (String w : words) {
      set.addAll(tokens(exact, w));
    }
    return CharArraySet.unmodifiableSet(set);
  }

  private SynonymMap parseSynonyms(String text) {
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, exact);
      parser.parse(new StringReader(text));
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("Invalid synonyms.txt: " + e.getMessage(), e);
    }
  }
}
