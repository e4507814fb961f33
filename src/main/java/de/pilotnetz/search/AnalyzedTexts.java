package de.pilotnetz.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The texts of a document analysed once (decompounding is most of the cost of indexing) and
 * replayed into three kinds of field: each text's own field, with positions and offsets; the
 * {@code all} field, every text with positions; and the {@code ranked} field, where each word
 * counts as much as its text weighs. There a word's frequency is the weighted sum over the texts
 * and the field length the weighted length: what BM25F ranks by. Compound parts count like words.
 */
final class AnalyzedTexts {

  /** The text of one field and how much each of its words counts in the ranked field. */
  record Text(String field, String value, int weight) {}

  private final List<Text> texts;
  private final int[] firstToken;
  private final List<String> terms = new ArrayList<>();
  private int[] positionIncrements = new int[64];
  private int[] startOffsets = new int[64];
  private int[] endOffsets = new int[64];
  private int[] weights = new int[64];

  /** Blank or null texts are left out. */
  AnalyzedTexts(Analyzer analyzer, List<Text> texts) {
    this.texts = texts;
    this.firstToken = new int[texts.size() + 1];
    for (int i = 0; i < texts.size(); i++) {
      firstToken[i] = terms.size();
      Text t = texts.get(i);
      if (t.value() != null && !t.value().isBlank()) {
        add(analyzer, t);
      }
    }
    firstToken[texts.size()] = terms.size();
  }

  private void add(Analyzer analyzer, Text t) {
    try (TokenStream ts = analyzer.tokenStream(t.field(), t.value())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int i = terms.size();
        if (i == weights.length) {
          grow();
        }
        terms.add(term.toString());
        positionIncrements[i] = increment.getPositionIncrement();
        startOffsets[i] = offset.startOffset();
        endOffsets[i] = offset.endOffset();
        weights[i] = t.weight();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void grow() {
    int n = weights.length * 2;
    positionIncrements = Arrays.copyOf(positionIncrements, n);
    startOffsets = Arrays.copyOf(startOffsets, n);
    endOffsets = Arrays.copyOf(endOffsets, n);
    weights = Arrays.copyOf(weights, n);
  }

  /** The text of {@code field} as given, possibly null or blank. */
  String value(String field) {
    return texts.get(indexOf(field)).value();
  }

  /** The tokens of {@code field}'s own text, with positions and offsets into that text. */
  TokenStream of(String field) {
    int i = indexOf(field);
    return new Replay(firstToken[i], firstToken[i + 1], Mode.OWN);
  }

  /** The tokens of all texts with their positions, as if the texts were one. */
  TokenStream withPositions() {
    return new Replay(0, terms.size(), Mode.POSITIONS);
  }

  /** The tokens of all texts with their weights as term frequencies, for a field without positions. */
  TokenStream weighted() {
    return new Replay(0, terms.size(), Mode.WEIGHTED);
  }

  private int indexOf(String field) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).field().equals(field)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no text for " + field);
  }

  private enum Mode { OWN, POSITIONS, WEIGHTED }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final int from;
    private final int to;
    private final Mode mode;
    private int next;

    Replay(int from, int to, Mode mode) {
      this.from = from;
      this.to = to;
      this.mode = mode;
      this.next = from;
    }

    @Override
    public boolean incrementToken() {
      if (next == to) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.get(next));
      switch (mode) {
        case OWN -> {
          increment.setPositionIncrement(positionIncrements[next]);
          offset.setOffset(startOffsets[next], endOffsets[next]);
        }
        case POSITIONS -> increment.setPositionIncrement(positionIncrements[next]);
        case WEIGHTED -> frequency.setTermFrequency(weights[next]);
      }
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = from;
    }
  }
}
