package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns a {@link SearchDocument} into a Lucene document. Words are ranked by the weighted field
 * {@link SearchFields#RANKED}, whose weights are applied here; phrases score per field with the
 * query-time weights of {@link SearchFields#TEXT_BOOSTS}.
 */
public final class DocumentMapper {

  /**
   * Text with offsets in the postings: {@link Snippets} then highlights from the index instead of
   * re-analysing (and decompounding) every shown document per search. Stored alongside.
   */
  private static final FieldType SNIPPET_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    SNIPPET_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    SNIPPET_TEXT.freeze();
  }

  /** Frequencies carry the field weights; positions would need one per occurrence. */
  private static final FieldType WEIGHTED_TEXT = new FieldType();

  static {
    WEIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WEIGHTED_TEXT.setTokenized(true);
    WEIGHTED_TEXT.freeze();
  }

  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final GermanAnalysis analysis;

  public DocumentMapper(GermanAnalysis analysis) {
    this.analysis = analysis;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  public Document toDocument(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(UID, d.uid(), Field.Store.YES));
    doc.add(new StoredField(ID, d.id()));
    doc.add(new StringField(TYPE, d.type().name(), Field.Store.YES));
    // each text analysed once for its own field and the two that hold all of them
    AnalyzedTexts texts = new AnalyzedTexts(analysis.textAnalyzer(), List.of(
        weighted(TITLE, d.title()), weighted(SUMMARY, d.summary()), weighted(BODY, d.body()),
        weighted(LESSONS, d.lessons()), weighted(ANSWERS, d.answers()),
        weighted(TAGS, String.join(" ; ", d.tags())), weighted(MUNICIPALITY, d.municipality()),
        weighted(TOPIC, d.topic())));
    analyzed(doc, texts, TITLE, TextField.TYPE_NOT_STORED, true);
    analyzed(doc, texts, SUMMARY, SNIPPET_TEXT, true);
    analyzed(doc, texts, BODY, SNIPPET_TEXT, true);
    analyzed(doc, texts, LESSONS, SNIPPET_TEXT, true);
    analyzed(doc, texts, ANSWERS, SNIPPET_TEXT, true);
    analyzed(doc, texts, MUNICIPALITY, TextField.TYPE_NOT_STORED, true);
    analyzed(doc, texts, TAGS, TextField.TYPE_NOT_STORED, false); // stored tag by tag
    d.tags().forEach(t -> doc.add(new StoredField(TAGS, t)));
    doc.add(new TextField(ALL, texts.withPositions()));
    doc.add(new Field(RANKED, texts.weighted(), WEIGHTED_TEXT));
    text(doc, TITLE_EXACT, d.title());
    text(doc, SPELL, join(d.title(), d.summary(), d.body(), d.lessons(), String.join(" ", d.tags())));
    for (String s : Stream.concat(Stream.of(d.title(), d.municipality()), d.tags().stream()).toList()) {
      text(doc, AUTOCOMPLETE, s);
    }
    keyword(doc, STATE, d.state());
    keyword(doc, TOPIC, d.topic());
    keyword(doc, PHASE, d.phase());
    if (d.population() != null) {
      doc.add(new IntPoint(POPULATION, d.population()));
      doc.add(new NumericDocValuesField(POPULATION, d.population()));
      doc.add(new StoredField(POPULATION, d.population()));
    }
    if (d.solved() != null) {
      doc.add(new StringField(SOLVED, d.solved().toString(), Field.Store.YES));
    }
    doc.add(new StringField(VISIBILITY, d.visibility(), Field.Store.YES));
    d.allowedMunicipalityIds()
        .forEach(m -> doc.add(new StringField(ALLOWED_MUNI, m.toString(), Field.Store.NO)));
    if (d.roomId() != null) {
      doc.add(new StringField(ROOM, d.roomId().toString(), Field.Store.YES));
    }
    if (d.authorName() != null) {
      doc.add(new StoredField(AUTHOR, d.authorName()));
    }
    if (d.createdAt() != null) {
      doc.add(new NumericDocValuesField(CREATED, d.createdAt().toEpochMilli()));
      doc.add(new StoredField(CREATED, d.createdAt().toEpochMilli()));
    }
    if (d.url() != null) {
      doc.add(new StoredField(URL, d.url()));
    }
    doc.add(new SortedSetDocValuesFacetField(TYPE, d.type().name()));
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnalyzedTexts.Text weighted(String field, String value) {
    return new AnalyzedTexts.Text(field, value, RANKED_WEIGHTS.get(field));
  }

  private static void text(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }

  /**
   * The field's analysed text, also stored if {@code stored}. A text without a word (stop words or
   * punctuation only) is indexed all the same: Lucene refuses a field indexed in one document and
   * only stored in another.
   */
  private static void analyzed(
      Document doc, AnalyzedTexts texts, String field, FieldType type, boolean stored) {
    String value = texts.value(field);
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new Field(field, texts.of(field), type));
    if (stored) {
      doc.add(new StoredField(field, value));
    }
  }

  /** Exact filter value, stored for display, and a facet dimension. */
  private static void keyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, value, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(field, value));
    }
  }

  private static String join(String... parts) {
    return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
  }
}
