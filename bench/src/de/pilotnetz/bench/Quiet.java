package de.pilotnetz.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a quiet machine before a measurement, so that it does not begin while the work of the
 * previous part (an import's merges and database compaction, 15,000 connections being closed) or
 * of a neighbour still runs. Shared by the search and the chat benchmarks.
 */
public final class Quiet {

  private Quiet() {}

  /**
   * Waits until the process {@code pid} (none if ≤ 0) uses under a third of a core and the whole
   * machine under one core, for two seconds in a row, at most {@code maxSeconds}; returns the
   * seconds waited.
   */
  public static double waitQuiet(long pid, int maxSeconds) throws InterruptedException {
    long t0 = System.nanoTime();
    int quiet = 0;
    while (quiet < 2 && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(maxSeconds)) {
      double c0 = pid > 0 ? cpuSeconds(pid) : 0;
      long[] m0 = machineTicks();
      Thread.sleep(1000);
      long[] m1 = machineTicks();
      double machineCores = (m1[0] - m0[0]) / (double) Math.max(1, m1[1] - m0[1])
          * Runtime.getRuntime().availableProcessors();
      double process = pid > 0 ? cpuSeconds(pid) - c0 : 0;
      quiet = process < 0.33 && machineCores < 1.0 ? quiet + 1 : 0;
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** CPU seconds the process has used so far; -1 if unknown. */
  public static double cpuSeconds(long pid) {
    return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
        .map(d -> d.toMillis() / 1000.0).orElse(-1.0);
  }

  /** Busy and total jiffies of all cores from /proc/stat (Linux); zeros elsewhere. */
  static long[] machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
      return new long[] {total - idle, total};
    } catch (Exception e) {
      return new long[] {0, 0};
    }
  }
}
