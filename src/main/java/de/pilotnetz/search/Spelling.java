package de.pilotnetz.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Meinten Sie …": replaces each typed word that no document contains by the closest indexed word
 * of the lower-cased spell field (umlauts kept). Does not check readability; the caller runs the
 * suggestion through the permission filter before showing it.
 */
final class Spelling {

  private final DirectSpellChecker checker = new DirectSpellChecker();

  Spelling() {
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
  }

  /** The corrected words joined by spaces, or null if nothing was corrected. */
  String correct(IndexReader reader, List<String> words) throws IOException {
    List<String> out = new ArrayList<>(words.size());
    boolean changed = false;
    for (String w : words) {
      Term t = new Term(SearchFields.SPELL, w);
      if (w.length() >= 4 && reader.docFreq(t) == 0) {
        SuggestWord[] s = checker.suggestSimilar(t, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (s.length > 0) {
          out.add(s[0].string);
          changed = true;
          continue;
        }
      }
      out.add(w);
    }
    return changed ? String.join(" ", out) : null;
  }
}
