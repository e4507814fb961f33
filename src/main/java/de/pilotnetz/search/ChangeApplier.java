package de.pilotnetz.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Applies change-log rows to the index: one load per document however often it changed. */
final class ChangeApplier {
  private static final Logger LOG = Logger.getLogger(ChangeApplier.class.getName());

  private final LuceneIndex index;
  private final Supplier<? extends Collection<SearchDocumentSource>> sources;
  private final Clock clock;
  private final Runnable beforeEachDocument;
  private final Set<Long> failedOnce = new HashSet<>();

  ChangeApplier(LuceneIndex index, Supplier<? extends Collection<SearchDocumentSource>> sources,
      Clock clock, Runnable beforeEachDocument) {
    this.index = index;
    this.sources = sources;
    this.clock = clock;
    this.beforeEachDocument = beforeEachDocument;
  }

  /**
   * Applies the changes not yet applied and marks them in {@code watermark}. A document whose load
   * fails, or that the index refuses, stays unapplied, so it is retried on the next pass while it
   * is a gap and given up with the gap after the grace period; the failure is logged once. The
   * other documents of the batch are applied meanwhile. {@code beforeEachDocument} may end the
   * pass (the indexer stopping, with a {@link CancellationException}), the rest left unapplied.
   */
  int apply(List<ChangeLog.Change> changes, Watermark watermark) throws IOException {
    Map<DocType, SearchDocumentSource> byType = new EnumMap<>(DocType.class);
    for (SearchDocumentSource s : sources.get()) {
      byType.put(s.type(), s);
    }
    // one load per document, however often it changed in the batch
    Map<String, List<ChangeLog.Change>> byDoc = new LinkedHashMap<>();
    for (ChangeLog.Change c : changes) {
      if (!watermark.isApplied(c.seq())) {
        String key = c.type() == null ? "?" + c.seq() : SearchDocument.uid(c.type(), c.id());
        byDoc.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    int applied = 0;
    for (List<ChangeLog.Change> same : byDoc.values()) {
      beforeEachDocument.run();
      ChangeLog.Change c = same.get(0);
      if (c.type() != null && byType.containsKey(c.type()) && !load(byType.get(c.type()), c)) {
        continue;
      }
      Instant now = clock.instant();
      for (ChangeLog.Change s : same) {
        // a gap's age counts from the recording of the change above it, not from this process's
        // start: otherwise every restart (say after a kill -9) would wait out the grace anew
        watermark.applied(s.seq(), s.changedAt() != null && s.changedAt().isBefore(now) ? s.changedAt() : now);
        failedOnce.remove(s.seq());
        applied++;
      }
    }
    return applied;
  }

  private boolean load(SearchDocumentSource source, ChangeLog.Change c) throws IOException {
    Optional<SearchDocument> doc;
    try {
      doc = source.load(c.id());
    } catch (RuntimeException e) {
      logOnce(c, "Loading " + c.type() + " " + c.id() + " for the search index failed", e);
      return false;
    }
    if (doc.isEmpty()) {
      index.delete(c.type(), c.id());
      return true;
    }
    try {
      index.upsert(doc.get());
    } catch (IllegalArgumentException e) {
      // Lucene refuses this document alone (a term or facet value too long, say); anything else,
      // a closed writer above all, fails the whole pass so that nothing is given up meanwhile
      logOnce(c, "The search index refuses " + c.type() + " " + c.id(), e);
      return false;
    }
    return true;
  }

  private void logOnce(ChangeLog.Change c, String message, RuntimeException e) {
    if (failedOnce.add(c.seq())) {
      LOG.log(Level.WARNING, message, e);
    }
  }
}
