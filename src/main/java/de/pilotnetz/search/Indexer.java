package de.pilotnetz.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;

/**
 * Keeps the node's Lucene index in step with the database, without the container (the startup
 * bean {@link SearchIndex} schedules it).
 *
 * <p><b>Change log.</b> {@link #applyChanges()} reads {@code search_change} rows above the
 * {@link Watermark} in order, loads each document from its {@link SearchDocumentSource} and
 * upserts or deletes it. Each commit stores the watermark and the analyzer version in the commit
 * user data, so a restart catches up from there; applying a change twice is harmless.
 *
 * <p><b>Rebuild.</b> At opening, a missing or corrupt index ({@link IndexDirectory}), another
 * analyzer version or an unfinished rebuild calls for {@link #rebuild}.
 * It writes into the live index, so searches keep working: every document is streamed from the
 * sources with a new generation, then documents of older generations (deleted meanwhile) are
 * removed, and every change since the rebuild began is applied again, because the stream may have
 * read a document before a concurrent change to it.
 */
final class Indexer implements Closeable {

  static final String WATERMARK_KEY = "watermark";
  static final String GENERATION_KEY = "generation";
  static final String REBUILDING_KEY = "rebuilding";
  private static final Logger LOG = Logger.getLogger(Indexer.class.getName());
  private static final int BATCH = 500;
  private static final int MAX_GAPS_PER_PASS = 50;
  private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

  enum Phase { REBUILDING, CATCHING_UP, READY, FAILED }

  private final FSDirectory directory;
  private final LuceneIndex index;
  private final ChangeLog log;
  private final Supplier<? extends Collection<SearchDocumentSource>> sources;
  private final Clock clock;
  private final Duration grace;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final AtomicLong indexed = new AtomicLong();
  private final ChangeApplier applier;

  // guarded by lock
  private final Watermark watermark;
  private long generation;
  private long rebuildFrom = -1;
  private boolean dirty;
  private Instant lastCommit = Instant.EPOCH;

  private volatile long watermarkValue;
  private volatile Phase phase;
  private volatile String reason;
  private volatile String rebuildState = "idle";
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile boolean stopping;

  private Indexer(FSDirectory directory, LuceneIndex index, String rebuildReason,
      ChangeLog log, Supplier<? extends Collection<SearchDocumentSource>> sources, Clock clock,
      Duration grace) {
    this.directory = directory;
    this.index = index;
    this.log = log;
    this.sources = sources;
    this.clock = clock;
    this.grace = grace;
    this.applier = new ChangeApplier(index, sources, clock, this::throwIfStopping);
    Map<String, String> data = index.storedCommitData();
    this.watermark = new Watermark(parse(data.get(WATERMARK_KEY)));
    this.watermarkValue = watermark.value();
    this.generation = parse(data.get(GENERATION_KEY));
    index.generation(generation);
    this.reason = rebuildReason;
    this.phase = rebuildReason == null ? Phase.CATCHING_UP : Phase.REBUILDING;
  }

  /** Opens (or creates) the index under {@code path}; see {@link #rebuildReason()}. */
  static Indexer open(Path path, GermanAnalysis analysis, ChangeLog log,
      Supplier<? extends Collection<SearchDocumentSource>> sources, Clock clock, Duration grace)
      throws IOException {
    IndexDirectory.Opened opened = IndexDirectory.open(path, analysis);
    LuceneIndex index = opened.index();
    String why = opened.rebuildReason();
    if (why == null && index.needsRebuild()) {
      why = "Analyse-Version geändert";
    } else if (why == null && index.storedCommitData().containsKey(REBUILDING_KEY)) {
      why = "letzter Neuaufbau nicht abgeschlossen";
    }
    return new Indexer(opened.directory(), index, why, log, sources, clock, grace);
  }

  /** Why the index must be rebuilt before it is complete, or null. */
  String rebuildReason() {
    return phase == Phase.REBUILDING ? reason : null;
  }

  LuceneIndex index() {
    return index;
  }

  /**
   * Reopens searchers at most ~1 s after a change (the rebuild's stream relies on this); applied
   * changes are made visible at once by {@link #applyChanges()}. Every reopen flushes a segment,
   * so reopening every 50 ms during a rebuild cost a fifth of its speed in tiny segments and
   * their merges.
   */
  void startNearRealTime() {
    index.startNearRealTime(1.0, 0.01);
  }

  /** Rebuilds if needed, then catches up; the index is ready afterwards. */
  void startUp() {
    try {
      if (phase == Phase.REBUILDING) {
        rebuild(reason); // ready once the rebuild is done
      } else {
        applyChanges();
        LOG.log(Level.INFO, "Search index caught up to change {0}", watermarkValue);
        reason = null;
        phase = Phase.READY;
      }
    } catch (CancellationException e) {
      LOG.info("Search index catch-up stopped: the application is stopping");
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /**
   * Ends a running pass or rebuild after the document at hand. At undeployment the data source
   * goes away first; each further load would then wait out the persistence layer's connection
   * retries (seconds per document) while {@link #close()} waits for the pass.
   */
  void stop() {
    stopping = true;
  }

  boolean isStopping() {
    return stopping;
  }

  /** Called between documents: ends the pass or rebuild once {@link #stop()} was called. */
  private void throwIfStopping() {
    if (stopping) {
      throw new CancellationException("the search index is closing");
    }
  }

  /** Null when searches see the complete index, else why not (German, for the health check). */
  String notReadyReason() {
    return switch (phase) {
      case READY -> null;
      case REBUILDING -> "Suchindex wird neu aufgebaut (" + reason + "), " + indexed.get()
          + " Dokumente bisher";
      case CATCHING_UP -> "Suchindex holt Änderungen nach";
      case FAILED -> "Suchindex nicht verfügbar: " + reason;
    };
  }

  /**
   * One pass over the change log: re-checks gaps below the highest applied number, applies all
   * newer changes, advances the watermark and commits (at most once a second). Returns the number
   * of changes applied.
   */
  int applyChanges() {
    lock.lock();
    try {
      int applied = 0;
      List<Watermark.Gap> gaps = watermark.gaps();
      for (Watermark.Gap g : gaps.subList(0, Math.min(gaps.size(), MAX_GAPS_PER_PASS))) {
        applied += applier.apply(log.between(g.from(), g.to()), watermark);
      }
      long after = watermark.highestApplied();
      while (true) {
        List<ChangeLog.Change> batch = log.after(after, BATCH);
        applied += applier.apply(batch, watermark);
        if (batch.size() < BATCH) {
          break;
        }
        after = batch.get(batch.size() - 1).seq();
      }
      if (applied > 0) {
        // visible now, before the (fsyncing) commit below: write → searchable is what users see
        index.refresh();
      }
      long before = watermark.value();
      watermark.advance(clock.instant(), grace);
      watermarkValue = watermark.value();
      dirty |= applied > 0 || watermark.value() != before;
      if (dirty && !clock.instant().isBefore(lastCommit.plus(COMMIT_INTERVAL))) {
        commit();
      }
      return applied;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the search change log", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Rebuilds the live index from all sources; returns false at once if a rebuild is running.
   * Searches keep working meanwhile.
   */
  boolean rebuild(String why) {
    Runnable task = rebuildTask(why);
    if (task == null) {
      return false;
    }
    task.run();
    return true;
  }

  /**
   * Claims the rebuild and returns the task that does it (to run on another thread), or null if
   * a rebuild is running. The status says "running" from here on.
   */
  Runnable rebuildTask(String why) {
    if (!rebuilding.compareAndSet(false, true)) {
      return null;
    }
    startedAt = clock.instant();
    finishedAt = null;
    indexed.set(0);
    rebuildState = "running";
    return () -> runRebuild(why);
  }

  private void runRebuild(String why) {
    try {
      LOG.log(Level.INFO, "Search index rebuild started: {0}", why);
      long gen = beginRebuild();
      Instant nextLog = clock.instant().plus(PROGRESS_INTERVAL);
      for (SearchDocumentSource source : sources.get()) {
        Instant[] next = {nextLog};
        source.forEach(doc -> {
          throwIfStopping();
          upsert(doc);
          long n = indexed.incrementAndGet();
          if (!clock.instant().isBefore(next[0])) {
            LOG.log(Level.INFO, "Search index rebuild: {0} documents", n);
            next[0] = clock.instant().plus(PROGRESS_INTERVAL);
          }
        });
        nextLog = next[0];
      }
      finishRebuild(gen);
      applyChanges();
      finishedAt = clock.instant();
      rebuildState = "done";
      LOG.log(Level.INFO, "Search index rebuilt: {0} documents in {1} ms", new Object[] {
          indexed.get(), Duration.between(startedAt, finishedAt).toMillis()});
      if (phase != Phase.READY) {
        reason = null;
        phase = Phase.READY;
      }
    } catch (CancellationException e) {
      // an unfinished rebuild is marked in the commit data, so the next start does it again
      finishedAt = clock.instant();
      rebuildState = "stopped";
      LOG.info("Search index rebuild stopped: the application is stopping");
    } catch (RuntimeException e) {
      finishedAt = clock.instant();
      rebuildState = "failed";
      fail(e);
    } finally {
      rebuilding.set(false);
    }
  }

  boolean isRebuilding() {
    return rebuilding.get();
  }

  ReindexStatus status() {
    Long lag = lag();
    return new ReindexStatus(rebuildState, indexed.get(), null, startedAt, finishedAt,
        watermarkValue, lag, phase == Phase.READY, notReadyReason());
  }

  /** Newest change-log number minus the watermark; null if the database does not answer. */
  Long lag() {
    try {
      return Math.max(0, log.latest() - watermarkValue);
    } catch (SQLException e) {
      return null;
    }
  }

  long watermark() {
    return watermarkValue;
  }

  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      if (dirty) {
        commit();
      }
      index.close();
      directory.close();
    } finally {
      lock.unlock();
    }
  }

  // --- internals ---

  private void upsert(SearchDocument doc) {
    try {
      index.upsert(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** New generation; changes from {@code rebuildFrom} on will be applied again afterwards. */
  private long beginRebuild() {
    lock.lock();
    try {
      // Changes recorded before the grace period are committed, so the stream will see them.
      long from = Math.max(watermark.value(),
          log.latestBefore(clock.instant().minus(grace)));
      rebuildFrom = from;
      watermark.reset(from);
      watermarkValue = from;
      generation++;
      index.generation(generation);
      commit(); // marks the rebuild as unfinished until finishRebuild
      return generation;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the search change log", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  private void finishRebuild(long gen) {
    lock.lock();
    try {
      index.deleteOlderThan(gen);
      watermark.reset(rebuildFrom);
      watermarkValue = rebuildFrom;
      rebuildFrom = -1;
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  private void commit() throws IOException {
    Map<String, String> data = new LinkedHashMap<>();
    long w = rebuildFrom >= 0 ? Math.min(rebuildFrom, watermark.value()) : watermark.value();
    data.put(WATERMARK_KEY, Long.toString(w));
    data.put(GENERATION_KEY, Long.toString(generation));
    if (rebuildFrom >= 0) {
      data.put(REBUILDING_KEY, "true");
    }
    index.commit(data);
    dirty = false;
    lastCommit = clock.instant();
  }

  private void fail(RuntimeException e) {
    LOG.log(Level.SEVERE, "Search index failed", e);
    reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    phase = Phase.FAILED;
  }

  private static long parse(String s) {
    try {
      return s == null ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
