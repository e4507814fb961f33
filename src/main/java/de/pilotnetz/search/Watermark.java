package de.pilotnetz.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * How far the index has applied the change log. Every sequence number up to {@link #value()} is
 * resolved: applied, or given up as rolled back.
 *
 * <p>Sequence numbers are taken when a transaction records a change, not when it commits, so 11
 * may become visible before 10. Numbers applied above a missing one are remembered here, and the
 * watermark stays below the gap until the missing row shows up or the gap is older than the grace
 * period, counted from the recording of the first change above it; then it counts as rolled back. A transaction that commits later than that is missed until
 * the next rebuild.
 */
final class Watermark {

  /** A run of missing sequence numbers, both ends included. */
  record Gap(long from, long to) {}

  private long value;
  /** Applied numbers above the watermark, with the time each was applied. */
  private final TreeMap<Long, Instant> appliedAbove = new TreeMap<>();

  Watermark(long value) {
    this.value = value;
  }

  long value() {
    return value;
  }

  /** The highest applied number, or the watermark if nothing above it is applied. */
  long highestApplied() {
    return appliedAbove.isEmpty() ? value : appliedAbove.lastKey();
  }

  boolean isApplied(long seq) {
    return seq <= value || appliedAbove.containsKey(seq);
  }

  void applied(long seq, Instant at) {
    if (seq > value) {
      appliedAbove.putIfAbsent(seq, at);
    }
  }

  /** The missing runs between the watermark and the highest applied number, lowest first. */
  List<Gap> gaps() {
    if (appliedAbove.isEmpty()) {
      return List.of();
    }
    List<Gap> out = new ArrayList<>();
    long expected = value + 1;
    for (long seq : appliedAbove.keySet()) {
      if (seq > expected) {
        out.add(new Gap(expected, seq - 1));
      }
      expected = seq + 1;
    }
    return out;
  }

  /**
   * Moves the watermark over applied numbers, and over the lowest gap once it has been known for
   * {@code grace}: since the first number above it was applied.
   */
  void advance(Instant now, Duration grace) {
    while (!appliedAbove.isEmpty()) {
      long first = appliedAbove.firstKey();
      if (first == value + 1) {
        value = first;
        appliedAbove.pollFirstEntry();
        continue;
      }
      Instant noticed = Collections.min(appliedAbove.values());
      if (Duration.between(noticed, now).compareTo(grace) < 0) {
        return;
      }
      value = first - 1;
    }
  }

  /** Forgets everything above {@code to}: those changes will be applied again. */
  void reset(long to) {
    value = to;
    appliedAbove.clear();
  }
}
