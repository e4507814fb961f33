package de.pilotnetz.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a fixed number of calls at a fixed concurrency, on a quiet machine ({@link Quiet}) after a
 * warm-up of a fixed number of calls repeated for a minimum time, and reports latency
 * percentiles and throughput. Each call gets the index of the request; the queries are cycled
 * through by the caller. A run stops early after {@code maxSeconds}, counting what was done.
 */
final class Load {

  interface Call {
    /** Returns false for a failed request (counted, its time still recorded). */
    boolean run(int i) throws Exception;
  }

  record Result(int concurrency, int requests, int failures, double p50, double p95, double p99,
      double qps) {
    String latency() {
      return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms", p50, p95, p99);
    }
  }

  static int warmup() {
    return Bench.smoke() ? 100 : 2000;
  }

  static int requests() {
    return Integer.getInteger("bench.requests", Bench.smoke() ? 400 : 2000);
  }

  /**
   * The warm-up lasts at least this long as well: a server's JIT compiler is still busy with the
   * search path after 2,000 requests (a quarter of its CPU in a profile of the measured phase), and
   * a steady state is what each system is compared in. The first level a process measures (each
   * system runs in a process of its own) starts cold and warms up for a minute: a freshly started
   * server answered 78, 137, 177, 189, 197, 225, 194, 209 and 231 searches/s at c=1 in nine
   * consecutive 10 s windows.
   */
  static int warmupSeconds(boolean first) {
    if (Bench.smoke()) {
      return 2;
    }
    return first ? Integer.getInteger("bench.firstWarmupSeconds", 60)
        : Integer.getInteger("bench.warmupSeconds", 15);
  }

  private static boolean warmed;

  static Result run(int concurrency, Call call) throws Exception {
    // bounded: a machine kept busy by neighbours delays the run, it does not stop it
    double waited = Quiet.waitQuiet(Long.getLong("bench.serverPid", 0), Bench.smoke() ? 10 : 60);
    System.out.printf(Locale.ROOT, "c=%d: machine quiet after %.0f s%n", concurrency, waited);
    long until = System.nanoTime() + warmupSeconds(!warmed) * 1_000_000_000L;
    warmed = true;
    int rounds = 0;
    do {
      measure(concurrency, warmup(), call, 60);
      rounds++;
    } while (System.nanoTime() < until && rounds < 20);
    return measure(concurrency, requests(), call, Bench.smoke() ? 60 : 180);
  }

  private static Result measure(int concurrency, int count, Call call, int maxSeconds)
      throws Exception {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      fs.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
          long s = System.nanoTime();
          boolean ok;
          try {
            ok = call.run(i);
          } catch (Exception e) {
            ok = false;
          }
          nanos[i] = Math.max(1, System.nanoTime() - s);
          completed.incrementAndGet();
          if (!ok) {
            failures.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    long elapsed = System.nanoTime() - t0;
    pool.shutdown();
    // Requests claimed after the deadline never ran: their slot stays 0 and is left out.
    long[] sorted = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
    int done = completed.get();
    return new Result(concurrency, done, failures.get(), pct(sorted, 50), pct(sorted, 95),
        pct(sorted, 99), done / (elapsed / 1e9));
  }

  /** Nearest-rank percentile in milliseconds. */
  static double pct(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int k = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(k, sortedNanos.length - 1))] / 1e6;
  }
}
