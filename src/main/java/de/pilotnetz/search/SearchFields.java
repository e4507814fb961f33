package de.pilotnetz.search;

import java.util.Map;

/** Lucene field names and the weights of the analyzed text fields. */
final class SearchFields {
  static final String UID = "uid";
  static final String ID = "id";
  static final String TYPE = "type";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String BODY = "body";
  static final String LESSONS = "lessons";
  static final String ANSWERS = "answers";
  static final String TAGS = "tags";
  static final String MUNICIPALITY = "municipality";
  /** All text of a document in one field, so compound parts may match across fields. */
  static final String ALL = "all";
  /**
   * The texts of {@code all} again, each word counted as often as its field weighs (BM25F): one
   * postings list per word to rank by instead of one per field. Frequencies only, no positions.
   */
  static final String RANKED = "ranked";
  static final String TITLE_EXACT = "title_exact";
  static final String SPELL = "spell";
  static final String AUTOCOMPLETE = "autocomplete";
  static final String STATE = "state";
  static final String TOPIC = "topic";
  static final String PHASE = "phase";
  static final String POPULATION = "population";
  static final String SOLVED = "solved";
  static final String VISIBILITY = "visibility";
  static final String ALLOWED_MUNI = "allowed_muni";
  static final String ROOM = "room";
  static final String AUTHOR = "author";
  static final String CREATED = "created";
  static final String URL = "url";
  /** Rebuild generation a document was written in (indexed only). */
  static final String GENERATION = "gen";

  /**
   * Index-time weights of the texts in {@link #RANKED}, in tenths (a word in the body counts 10):
   * a word in the title says more than one in an answer. A change needs a rebuild (bump {@link
   * GermanAnalysis#CHAIN_VERSION}).
   */
  static final Map<String, Integer> RANKED_WEIGHTS =
      Map.of(
          TITLE, 30,
          TAGS, 20,
          SUMMARY, 20,
          MUNICIPALITY, 15,
          LESSONS, 13,
          BODY, 10,
          ANSWERS, 7,
          TOPIC, 8);

  /** Query-time weights of quoted phrases, which need positions and so score per field. */
  static final Map<String, Float> TEXT_BOOSTS =
      Map.of(
          TITLE, 3.0f,
          TAGS, 2.0f,
          SUMMARY, 2.0f,
          MUNICIPALITY, 1.5f,
          LESSONS, 1.3f,
          BODY, 1.0f,
          ANSWERS, 0.7f,
          ALL, 0.8f);

  /** Dimensions counted for facets. */
  static final String[] FACETS = {TYPE, TOPIC, STATE, PHASE};

  private SearchFields() {}
}
