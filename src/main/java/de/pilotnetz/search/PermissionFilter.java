package de.pilotnetz.search;

import static de.pilotnetz.search.SearchFields.*;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene form of the visibility tiers. Always added as a FILTER clause of the one query that
 * is run, so totals, facet counts, suggestions and similar cases count readable documents only.
 */
public final class PermissionFilter {

  // immutable, so the common viewers share one instance (and the query cache sees equal queries)
  private static final Query EVERYTHING = new MatchAllDocsQuery();
  private static final Query ANONYMOUS = build(Viewer.anonymousVisitor());

  private PermissionFilter() {}

  public static Query forViewer(Viewer viewer) {
    if (viewer.admin()) {
      return EVERYTHING;
    }
    return viewer.anonymous() ? ANONYMOUS : build(viewer);
  }

  private static Query build(Viewer viewer) {
    BooleanQuery.Builder readable = new BooleanQuery.Builder();
    readable.add(nonChat(tiers(viewer)), Occur.SHOULD);
    if (!viewer.anonymous() && !viewer.roomIds().isEmpty()) {
      List<BytesRef> rooms = viewer.roomIds().stream().map(r -> new BytesRef(r.toString())).toList();
      readable.add(
          new BooleanQuery.Builder()
              .add(term(TYPE, DocType.CHAT.name()), Occur.FILTER)
              .add(new TermInSetQuery(ROOM, rooms), Occur.FILTER)
              .build(),
          Occur.SHOULD);
    }
    return readable.build();
  }

  private static Query tiers(Viewer viewer) {
    if (viewer.anonymous()) {
      return term(VISIBILITY, "PUBLIC");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(term(VISIBILITY, "PUBLIC"), Occur.SHOULD);
    b.add(term(VISIBILITY, "NETWORK"), Occur.SHOULD);
    if (viewer.municipalityId() != null) {
      b.add(
          new BooleanQuery.Builder()
              .add(term(VISIBILITY, "RESTRICTED"), Occur.FILTER)
              .add(term(ALLOWED_MUNI, viewer.municipalityId().toString()), Occur.FILTER)
              .build(),
          Occur.SHOULD);
    }
    return b.build();
  }

  private static Query nonChat(Query tiers) {
    return new BooleanQuery.Builder()
        .add(tiers, Occur.FILTER)
        .add(term(TYPE, DocType.CHAT.name()), Occur.MUST_NOT)
        .build();
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
