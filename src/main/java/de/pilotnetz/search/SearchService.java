package de.pilotnetz.search;

import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.ProblemException;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Search, autocomplete and the rebuild, each behind the permission check. The {@link Viewer} comes
 * from the caller: anonymous visitors read PUBLIC only, members what their municipality may read
 * plus chat of their rooms ({@link RoomMembership}), admins and moderators everything.
 */
@ApplicationScoped
public class SearchService {

  static final int DEFAULT_SUGGESTIONS = 8;

  @Inject Access access;
  @Inject SearchIndex index;
  @Inject @Any Instance<RoomMembership> rooms;

  public SearchView search(SearchRequest request) {
    Viewer viewer = viewer();
    try {
      return SearchView.of(searcher().search(request, viewer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> suggest(String prefix, Integer limit) {
    Viewer viewer = viewer();
    try {
      return searcher().suggest(prefix, viewer, limit == null ? DEFAULT_SUGGESTIONS : limit);
    } catch (SearchRequest.InvalidSearchRequest e) {
      throw new InvalidInput(e.field(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Documents like the given one (more-like-this), lifted when they come from the same state or
   * population band; only what the caller may read. Features check the source first.
   */
  public List<SearchView.Hit> similar(DocType type, long id, SimilarityHints hints, int limit) {
    try {
      return searcher().similar(type, id, viewer(), limit, hints).stream().map(SearchView.Hit::of).toList();
    } catch (SearchRequest.InvalidSearchRequest e) {
      throw new InvalidInput(e.field(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ReindexStatus reindexStatus() {
    access.admin();
    return index.status();
  }

  /** Starts a rebuild into the live index (searches keep working); admins only. */
  public ReindexStatus reindex() {
    access.admin();
    return index.rebuild();
  }

  Viewer viewer() {
    Caller c = access.caller();
    if (!c.isMember()) {
      return Viewer.anonymousVisitor();
    }
    if (c.isStaffOfPlatform()) {
      return Viewer.administrator();
    }
    Set<Long> roomIds = new HashSet<>();
    for (Instance.Handle<RoomMembership> h : rooms.handles()) {
      try {
        roomIds.addAll(h.get().roomsOf(c.memberId()));
      } finally {
        h.destroy(); // a dependent-scoped implementation must not pile up in this bean
      }
    }
    return Viewer.member(c.municipalityId(), roomIds);
  }

  private Searcher searcher() {
    Searcher s = index.searcher();
    if (s == null) {
      throw new ProblemException(503, "Suche nicht verfügbar", "Der Suchindex ist nicht geöffnet.");
    }
    return s;
  }
}
