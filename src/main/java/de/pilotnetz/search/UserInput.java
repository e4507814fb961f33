package de.pilotnetz.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, split into loose words, "quoted phrases" and -exclusions. Knows no Lucene
 * syntax on purpose: every other character is just text, so no input can fail to parse. Input past
 * {@link #MAX_CHARS} characters is ignored.
 */
record UserInput(String words, List<String> phrases, List<String> excluded) {

  static final int MAX_CHARS = 500;

  static UserInput of(String raw) {
    String s = raw == null ? "" : raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
    // the tokenizer keeps "title:glasfaser" as one word; a colon between words is a separator here
    s = s.replace(':', ' ');
    StringBuilder words = new StringBuilder();
    List<String> phrases = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean wordStart = i == 0 || Character.isWhitespace(s.charAt(i - 1));
      boolean negated = c == '-' && wordStart && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
      int start = negated ? i + 1 : i;
      if (start < s.length() && s.charAt(start) == '"') {
        int close = s.indexOf('"', start + 1);
        if (close > start) {
          (negated ? excluded : phrases).add(s.substring(start + 1, close));
          i = close + 1;
          continue;
        }
        // unbalanced quote: the rest is plain text
        words.append(' ').append(s, start + 1, s.length());
        break;
      }
      if (negated) {
        int end = start;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
          end++;
        }
        excluded.add(s.substring(start, end));
        i = end;
        continue;
      }
      words.append(c);
      i++;
    }
    String plain = words.toString().replaceAll("\\b(AND|OR|NOT|UND|ODER)\\b", " ");
    return new UserInput(plain.trim(), List.copyOf(phrases), List.copyOf(excluded));
  }

  /** The same input with other loose words, phrases and exclusions kept, as a user would type it. */
  String withWords(String newWords) {
    StringBuilder b = new StringBuilder(newWords);
    phrases.forEach(p -> b.append(" \"").append(p).append('"'));
    for (String e : excluded) {
      b.append(" -").append(e.chars().anyMatch(Character::isWhitespace) ? '"' + e + '"' : e);
    }
    return b.toString();
  }

  boolean isBlank() {
    return words.isBlank() && phrases.isEmpty();
  }
}
