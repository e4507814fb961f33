package de.pilotnetz.search;

import de.pilotnetz.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rebuild and its status, behind the permission check. */
@ApplicationScoped
public class SearchService {

  @Inject Access access;
  @Inject SearchIndex index;

  public ReindexStatus reindexStatus() {
    access.admin();
    return index.status();
  }

  /** Starts a rebuild into the live index (searches keep working); admins only. */
  public ReindexStatus reindex() {
    access.admin();
    return index.rebuild();
  }
}
