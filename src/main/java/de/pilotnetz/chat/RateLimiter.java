package de.pilotnetz.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code pilotnetz.chat.rate-limit} messages (default {@link #LIMIT}) per member within
 * {@link #WINDOW_NANOS} (a sliding window); the load benchmark raises it.
 * Limit: the counters live in memory on this node, so with several nodes a member connected to
 * two of them gets the limit twice; moving them to a Hazelcast map keeps this interface.
 */
@ApplicationScoped
class RateLimiter {
  static final int LIMIT = 10;
  static final long WINDOW_NANOS = 5_000_000_000L;

  @Inject
  @ConfigProperty(name = "pilotnetz.chat.rate-limit", defaultValue = "10")
  int limit;

  private final Map<Long, Deque<Long>> sent = new ConcurrentHashMap<>();

  int limit() {
    return limit;
  }

  /** Counts one message; false when the member already sent the limit in the window. */
  boolean tryAcquire(long memberId) {
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
}
