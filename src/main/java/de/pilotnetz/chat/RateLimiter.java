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
 * {@link #WINDOW_NANOS}; the load benchmark raises it. On a single node an exact sliding window in
 * memory; in a cluster the counts live in a Hazelcast map, so the limit holds per member whichever
 * nodes they send through. There the window slides approximately: the count of the current fixed
 * window plus the previous window's count weighted by how much of it still lies within five seconds.
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
    return cluster.hazelcast().map(hz -> tryAcquire(hz.<String, Long>getMap(MAP), memberId,
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

  /** Compare-and-set on plain values: no class of ours has to travel between nodes. */
  boolean tryAcquire(IMap<String, Long> counts, long memberId, long nowMillis) {
    long window = nowMillis / WINDOW_MILLIS;
    double previousWeight = 1.0 - (nowMillis % WINDOW_MILLIS) / (double) WINDOW_MILLIS;
    Long previous = counts.get(memberId + "/" + (window - 1));
    double carried = previous == null ? 0 : previous * previousWeight;
    String key = memberId + "/" + window;
    while (true) {
      Long current = counts.get(key);
      long count = current == null ? 0 : current;
      if (count + carried >= limit) {
        return false;
      }
      boolean stored = current == null
          ? counts.putIfAbsent(key, 1L, 2 * WINDOW_MILLIS, TimeUnit.MILLISECONDS) == null
          : counts.replace(key, current, count + 1);
      if (stored) {
        return true;
      }
    }
  }
}
