package de.pilotnetz.search;

import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.db.DataSourceSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Metadata;

/**
 * The node's search index: opens it under {@code PILOTNETZ_INDEX_DIR} at start, rebuilds or
 * catches up in the background, then applies the change log when woken after a commit and every
 * {@code pilotnetz.search.poll-millis} (so nodes sharing a database converge). The work itself is
 * done by {@link Indexer}.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {
  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  @Inject Settings settings;
  @Inject Clock clock;
  @Inject @Any Instance<SearchDocumentSource> sources;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "pilotnetz.search.poll-millis", defaultValue = "250")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "pilotnetz.search.min-pass-millis", defaultValue = "100")
  long minPassMillis;

  @Inject
  @ConfigProperty(name = "pilotnetz.search.gap-grace-seconds", defaultValue = "30")
  long gapGraceSeconds;

  @Resource(lookup = DataSourceSetup.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService executor;

  // A container thread (the sources read through JPA) of its own for applying changes, so that a
  // commit only releases a permit: submitting a task per commit to a managed executor captures
  // the caller's context each time, which costs far more than the change itself.
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private volatile Indexer indexer;
  private volatile Searcher searcher;
  private ExecutorService applying;
  private final Semaphore wakeUps = new Semaphore(0);

  @PostConstruct
  void start() {
    try {
      GermanAnalysis analysis = GermanAnalysis.fromDirectory(settings.analysisDir());
      // resolved once: features' sources are application-scoped services
      List<SearchDocumentSource> all = sources.stream().toList();
      indexer = Indexer.open(settings.indexDir(), analysis, new ChangeLog(dataSource),
          () -> all, clock, Duration.ofSeconds(gapGraceSeconds));
      indexer.startNearRealTime();
      searcher = new Searcher(indexer.index().searcherManager(), analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index at " + settings.indexDir(), e);
    }
    LOG.log(Level.INFO, "Search index open at {0}{1}", new Object[] {
        settings.indexDir().toAbsolutePath(),
        indexer.rebuildReason() == null ? "" : ", rebuilding: " + indexer.rebuildReason()});
    executor.execute(indexer::startUp);
    applying = Executors.newSingleThreadExecutor(threads);
    applying.execute(this::applyWhenWokenOrDue);
    metrics.gauge(Metadata.builder().withName("search_index_lag")
            .withDescription("Changes in the log not yet applied to this node's index")
            .withUnit(MetricUnits.NONE).build(),
        this, SearchIndex::lagOrZero);
  }

  /** Wakes the indexer once a transaction that recorded a change has committed. */
  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChanged e) {
    wakeUps.release();
  }

  /**
   * Stops applying before the application's resources go away: the data source is removed
   * before this bean's {@code @PreDestroy}, and reading the log without it only logs warnings.
   */
  public void undeploying(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    Indexer i = indexer;
    if (i != null) {
      i.stop();
    }
  }

  /**
   * Applies the change log after each wake-up (all pending ones at once) or poll interval, but
   * starts passes at least {@code minPassMillis} apart. Each pass that applied something reopens
   * the searcher, which writes a small segment: a chat room with 50 messages a second reopened 50
   * times a second and kept the merge thread busy. A write after a quiet spell is still applied
   * at once; only writes following each other closely wait, and are then applied together.
   */
  private void applyWhenWokenOrDue() {
    long minGap = TimeUnit.MILLISECONDS.toNanos(minPassMillis);
    long lastPass = System.nanoTime() - minGap;
    while (!indexer.isStopping()) {
      try {
        if (wakeUps.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
          long wait = lastPass + minGap - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          wakeUps.drainPermits();
        }
      } catch (InterruptedException e) {
        return;
      }
      lastPass = System.nanoTime();
      poll();
    }
  }

  /** The searcher over the live index, or null before it is open. */
  public Searcher searcher() {
    return searcher;
  }

  /** Null when the index is complete and current, else why not. */
  public String notReadyReason() {
    Indexer i = indexer;
    return i == null ? "Suchindex ist nicht geöffnet" : i.notReadyReason();
  }

  public ReindexStatus status() {
    return indexer.status();
  }

  /** Starts a rebuild in the background unless one is running. */
  public ReindexStatus rebuild() {
    Runnable task = indexer.rebuildTask("angefordert");
    if (task != null) {
      executor.execute(task);
    }
    return indexer.status();
  }

  public long lagOrZero() {
    Indexer i = indexer;
    Long lag = i == null ? null : i.lag();
    return lag == null ? 0 : lag;
  }

  private void poll() {
    try {
      indexer.applyChanges();
    } catch (CancellationException e) {
      // stopping: the loop ends
    } catch (RuntimeException e) {
      // keep polling: a database hiccup must not stop the indexer for good
      LOG.log(Level.WARNING, "Applying search changes failed: {0}", e.toString());
    }
  }

  @PreDestroy
  void stop() {
    if (indexer != null) {
      indexer.stop();
    }
    if (applying != null) {
      // no interrupt: Lucene closes a file channel whose reading thread is interrupted
      applying.shutdown();
      try {
        applying.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      metrics.remove("search_index_lag");
      if (indexer != null) {
        indexer.close();
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning("Closing the search index failed: " + e.getMessage());
    }
  }
}
