package de.pilotnetz.chat;

import com.hazelcast.map.IMap;
import de.pilotnetz.platform.live.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code pilotnetz.chat.rate-limit} messages (default {@link #LIMIT}) per member within
 * {@link #WINDOW_NANOS}, a sliding window; the load benchmark raises it. Without a data grid the
 * send times live in memory; with one in a Hazelcast map, so the limit holds per member whichever
 * nodes they send through.
 */
@ApplicationScoped
class RateLimiter {
  static final int LIMIT = 10;
  static final long WINDOW_NANOS = 5_000_000_000L;
  static final String MAP = "pilotnetz.chat.rate";
  private static final long WINDOW_MILLIS = WINDOW_NANOS / 1_000_000;

  @Inject
  @ConfigProperty(name = "pilotnetz.chat.rate-limit", defaultValue = "10")
  int limit;

  @Inject ClusterNode cluster;

  private final Map<Long, Deque<Long>> sent = new ConcurrentHashMap<>();

  int limit() {
    return limit;
  }

  /** Counts one message; false when the member already sent the limit in the window. */
  boolean tryAcquire(long memberId) {
    return cluster.hazelcast().map(hz -> tryAcquire(hz.<String, String>getMap(MAP), memberId,
        System.currentTimeMillis())).orElseGet(() -> tryAcquireHere(memberId));
  }

  private boolean tryAcquireHere(long memberId) {
    long now = System.nanoTime();
    Deque<Long> times = sent.computeIfAbsent(memberId, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  /**
   * The same sliding window, kept as the member's send times (epoch millis, comma-separated) in a
   * Hazelcast map and changed by compare-and-set: plain strings, so no class of ours has to travel
   * between nodes.
   */
  boolean tryAcquire(IMap<String, String> times, long memberId, long nowMillis) {
    String key = Long.toString(memberId);
    while (true) {
      String before = times.get(key);
      StringBuilder kept = new StringBuilder();
      int count = 0;
      if (before != null && !before.isEmpty()) {
        for (String t : before.split(",")) {
          if (nowMillis - Long.parseLong(t) <= WINDOW_MILLIS) {
            kept.append(t).append(',');
            count++;
          }
        }
      }
      if (count >= limit) {
        return false;
      }
      String after = kept.append(nowMillis).toString();
      boolean stored = before == null
          ? times.putIfAbsent(key, after, 2 * WINDOW_MILLIS, TimeUnit.MILLISECONDS) == null
          : times.replace(key, before, after);
      if (stored) {
        return true;
      }
    }
  }
}
