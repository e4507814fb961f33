package de.pilotnetz.thread;

import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import de.pilotnetz.search.DocType;
import de.pilotnetz.search.SearchDocument;
import de.pilotnetz.search.SearchDocumentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Threads for the search index: question, visible answers, tags, topic, "gelöst" and visibility. */
@ApplicationScoped
@Transactional
public class ThreadSearchSource implements SearchDocumentSource {
  static final int BATCH = 200;

  @Inject ThreadRepository repo;
  @Inject ThreadViews views;
  @Inject MunicipalityService municipalities;

  @Override
  public DocType type() {
    return DocType.THREAD;
  }

  @Override
  public Optional<SearchDocument> load(long id) {
    return repo.thread(id).filter(t -> !t.hidden()).map(this::document);
  }

  @Override
  public void forEach(Consumer<SearchDocument> sink) {
    long after = 0;
    Map<Long, Optional<MunicipalityView>> towns = new HashMap<>();
    Map<Long, String> authors = new HashMap<>();
    while (true) {
      // a few queries per batch instead of several per thread
      List<ThreadRecord> batch = repo.batchAfterWithCollections(after, BATCH);
      Map<Long, List<Answer>> answers = repo.answers(batch.stream().map(ThreadRecord::id).toList());
      for (ThreadRecord t : batch) {
        if (!t.hidden()) {
          sink.accept(document(t, answers.getOrDefault(t.id(), List.of()),
              t.authorMunicipalityId() == null ? Optional.empty()
                  : towns.computeIfAbsent(t.authorMunicipalityId(), municipalities::find),
              authors.computeIfAbsent(t.authorId(), id -> views.author(id).displayName())));
        }
        after = t.id();
      }
      repo.clear();
      if (batch.size() < BATCH) {
        return;
      }
    }
  }

  private SearchDocument document(ThreadRecord t) {
    return document(t, repo.answers(t.id()), t.authorMunicipalityId() == null ? Optional.empty()
        : municipalities.find(t.authorMunicipalityId()), views.author(t.authorId()).displayName());
  }

  private static SearchDocument document(ThreadRecord t, List<Answer> all, Optional<MunicipalityView> muni,
      String authorName) {
    String answers = all.stream().filter(a -> !a.hidden()).map(Answer::body)
        .collect(Collectors.joining("\n\n"));
    Set<Long> allowed = new HashSet<>(t.sharedWith());
    if (t.authorMunicipalityId() != null) {
      allowed.add(t.authorMunicipalityId());
    }
    return new SearchDocument(DocType.THREAD, t.id(), t.title(), null, t.body(), null, answers,
        List.copyOf(t.tags()), muni.map(MunicipalityView::name).orElse(null),
        muni.map(MunicipalityView::state).orElse(null), t.topic(), null, null, t.solved(),
        t.visibility().name(), allowed, null, authorName, t.createdAt(),
        "#/fragen/" + t.id());
  }
}
