package de.pilotnetz.chat;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A few threads, one per core, that write queued frames to the connections. The bus thread only
 * queues (cheap), so a room's fan-out is not serialised behind 1,000 socket writes; and a
 * connection whose writer is busy collects frames meanwhile, which go out as one batch (see
 * {@link Connection}). Writes are asynchronous, so a slow client never holds a writer thread.
 */
@ApplicationScoped
class ChatWriters {
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private volatile ExecutorService pool;
  @Inject IdleTimerScheduler timers;

  void execute(Runnable r) {
    ExecutorService p = pool;
    if (p == null) {
      p = start();
    }
    p.execute(r);
  }

  /** Runs {@code r} on a writer thread after {@code millis} (re-checks of a backed-up write). */
  void later(Runnable r, long millis) {
    timers.scheduler().schedule(() -> execute(r), millis, TimeUnit.MILLISECONDS);
  }

  private synchronized ExecutorService start() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads);
    }
    return pool;
  }

  @PreDestroy
  synchronized void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
