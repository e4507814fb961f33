package de.pilotnetz.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Implemented by each feature with searchable content (an {@code @ApplicationScoped} bean, found
 * once at start through {@code Instance<SearchDocumentSource>}), one per {@link DocType}. The index
 * calls it from its own thread, outside any request, so an implementation opens its own transaction
 * if it needs one.
 */
public interface SearchDocumentSource {

  /** The one type of document this source provides. */
  DocType type();

  /**
   * The current search document of {@code id}, or empty if it is deleted or must not be found (for
   * example unpublished); empty removes it from the index.
   */
  Optional<SearchDocument> load(long id);

  /**
   * Hands every document of this type to {@code sink}, for a rebuild. Reads in batches (keyset
   * pagination, a few hundred rows each) and never holds all documents in memory.
   */
  void forEach(Consumer<SearchDocument> sink);
}
