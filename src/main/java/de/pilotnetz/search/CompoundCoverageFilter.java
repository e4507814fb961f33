package de.pilotnetz.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Follows a {@code DictionaryCompoundWordTokenFilter} and keeps a word's parts only when they
 * spell the word: the best segmentation into dictionary parts may leave at most three letters (a
 * linking "s", an inflection ending) and a quarter of the word uncovered, and needs two parts. Of
 * overlapping candidates only the parts of that segmentation survive. So "glasfaserausbau" keeps "glasfaser"
 * and "ausbau" but not "faser" or "bau", and "strategie" does not yield "rat".
 */
final class CompoundCoverageFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<State> pending = new ArrayDeque<>();
  private State lookahead;
  private boolean exhausted;

  CompoundCoverageFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    String whole = termAtt.toString();
    State wholeState = captureState();
    Map<String, State> candidates = new LinkedHashMap<>();
    while (input.incrementToken()) {
      if (posIncAtt.getPositionIncrement() != 0) {
        lookahead = captureState();
        break;
      }
      String part = termAtt.toString();
      if (!part.equals(whole)) {
        candidates.putIfAbsent(part, captureState());
      }
    }
    if (lookahead == null) {
      exhausted = true;
    }
    for (String part : segment(whole, candidates.keySet())) {
      pending.add(candidates.get(part));
    }
    restoreState(wholeState);
    return true;
  }

  /** Parts of the best segmentation, or none if the word is not covered well enough. */
  static List<String> segment(String word, Iterable<String> parts) {
    int n = word.length();
    // best[i] = {uncovered letters, parts used} for word[i..]; chosen[i] = part taken at i.
    // Ties go to more parts, so "ladesäulen" splits like "ladesäule" (lade|säule, not ladesäule|n).
    int[][] best = new int[n + 1][];
    String[] chosen = new String[n + 1];
    best[n] = new int[] {0, 0};
    for (int i = n - 1; i >= 0; i--) {
      best[i] = new int[] {best[i + 1][0] + 1, best[i + 1][1]};
      for (String p : parts) {
        int end = i + p.length();
        if (end <= n && word.startsWith(p, i)) {
          int[] c = {best[end][0], best[end][1] + 1};
          if (c[0] < best[i][0] || (c[0] == best[i][0] && c[1] > best[i][1])) {
            best[i] = c;
            chosen[i] = p;
          }
        }
      }
    }
    int uncovered = best[0][0];
    if (best[0][1] < 2 || uncovered > 3 || uncovered * 4 > n) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (chosen[i] != null) { // a part beat skipping this letter
        result.add(chosen[i]);
        i += chosen[i].length();
      } else {
        i++;
      }
    }
    return result;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    lookahead = null;
    exhausted = false;
  }
}
