package de.pilotnetz.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** A feature's documents in memory; remembers which ids were loaded. */
class FakeSource implements SearchDocumentSource {

  final Map<Long, SearchDocument> docs = new ConcurrentHashMap<>();
  final List<Long> loaded = new CopyOnWriteArrayList<>();
  final Set<Long> failing = ConcurrentHashMap.newKeySet();
  /** Runs as each document is loaded or streamed, before it is returned. */
  volatile LongConsumer onRead = id -> { };

  FakeSource put(long id, String title) {
    docs.put(id, Docs.caseDoc(id, title, title + " im Dorf"));
    return this;
  }

  @Override
  public DocType type() {
    return DocType.CASE;
  }

  @Override
  public Optional<SearchDocument> load(long id) {
    loaded.add(id);
    onRead.accept(id);
    if (failing.contains(id)) {
      throw new IllegalStateException("database down");
    }
    return Optional.ofNullable(docs.get(id));
  }

  @Override
  public void forEach(Consumer<SearchDocument> sink) {
    docs.values().forEach(doc -> {
      onRead.accept(doc.id());
      sink.accept(doc);
    });
  }
}
