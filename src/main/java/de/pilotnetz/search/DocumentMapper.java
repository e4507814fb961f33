package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Turns a {@link SearchDocument} into a Lucene document. Text weights are applied at query time
 * (see {@link SearchFields#TEXT_BOOSTS}), so changing them needs no reindex.
 */
public final class DocumentMapper {

  /**
   * Stored text with offsets in the postings: {@link Snippets} then highlights from the index
   * instead of re-analysing (and decompounding) every shown document per search.
   */
  private static final FieldType SNIPPET_TEXT = new FieldType(TextField.TYPE_STORED);

  static {
    SNIPPET_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    SNIPPET_TEXT.freeze();
  }

  private final FacetsConfig facetsConfig = new FacetsConfig();

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  public Document toDocument(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(UID, d.uid(), Field.Store.YES));
    doc.add(new StoredField(ID, d.id()));
    doc.add(new StringField(TYPE, d.type().name(), Field.Store.YES));
    text(doc, TITLE, d.title(), true);
    snippetText(doc, SUMMARY, d.summary());
    snippetText(doc, BODY, d.body());
    snippetText(doc, LESSONS, d.lessons());
    snippetText(doc, ANSWERS, d.answers());
    text(doc, MUNICIPALITY, d.municipality(), true);
    text(doc, TAGS, String.join(" ; ", d.tags()), false);
    d.tags().forEach(t -> doc.add(new StoredField(TAGS, t)));
    text(doc, ALL, join(d.title(), d.summary(), d.body(), d.lessons(), d.answers(),
        String.join(" ; ", d.tags()), d.municipality(), d.topic()), false);
    text(doc, TITLE_EXACT, d.title(), false);
    text(doc, SPELL, join(d.title(), d.summary(), d.body(), d.lessons(), String.join(" ", d.tags())), false);
    for (String s : Stream.concat(Stream.of(d.title(), d.municipality()), d.tags().stream()).toList()) {
      text(doc, AUTOCOMPLETE, s, false);
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

  private static void text(Document doc, String field, String value, boolean stored) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
  }

  private static void snippetText(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, SNIPPET_TEXT));
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
