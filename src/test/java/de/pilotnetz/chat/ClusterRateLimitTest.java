package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cluster-wide chat rate limit against a real (one-member, network-less) Hazelcast map. */
class ClusterRateLimitTest {
  private static HazelcastInstance hz;
  private static final long T0 = 1_000_000L * 5_000; // the start of a window

  @BeforeAll
  static void startGrid() {
    Config c = new Config().setClusterName("rate-" + UUID.randomUUID());
    c.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
    c.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(false);
    c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    c.setProperty("hazelcast.phone.home.enabled", "false");
    hz = Hazelcast.newHazelcastInstance(c);
  }

  @AfterAll
  static void stopGrid() {
    hz.shutdown();
  }

  private static RateLimiter limiter() {
    RateLimiter r = new RateLimiter();
    r.limit = 10;
    return r;
  }

  @Test
  void twoNodesShareOneLimitPerMember() {
    IMap<String, String> counts = hz.getMap("rate-" + UUID.randomUUID());
    RateLimiter nodeA = limiter();
    RateLimiter nodeB = limiter();
    for (int i = 0; i < 5; i++) {
      assertTrue(nodeA.tryAcquire(counts, 7, T0 + i));
      assertTrue(nodeB.tryAcquire(counts, 7, T0 + i));
    }
    assertFalse(nodeA.tryAcquire(counts, 7, T0 + 10), "ten sent through two nodes: the limit holds");
    assertFalse(nodeB.tryAcquire(counts, 7, T0 + 10));
    assertTrue(nodeB.tryAcquire(counts, 8, T0 + 10), "counted per member");
  }

  @Test
  void theWindowSlides() {
    IMap<String, String> counts = hz.getMap("rate-" + UUID.randomUUID());
    RateLimiter r = limiter();
    IntStream.range(0, 10).forEach(i -> assertTrue(r.tryAcquire(counts, 7, T0 + 4_000 + i)));
    assertFalse(r.tryAcquire(counts, 7, T0 + 6_000), "ten within five seconds");
    assertFalse(r.tryAcquire(counts, 7, T0 + 9_000), "the first still counts 5,000 ms later");
    assertTrue(r.tryAcquire(counts, 7, T0 + 9_001), "the first has left the window");
    assertFalse(r.tryAcquire(counts, 7, T0 + 9_001), "the second has not");
    assertEquals(10, counts.get("7").split(",").length, "times outside the window are dropped");
  }

  @Test
  void concurrentSendersNeverExceedTheLimit() throws Exception {
    IMap<String, String> counts = hz.getMap("rate-" + UUID.randomUUID());
    RateLimiter r = limiter();
    var granted = new java.util.concurrent.atomic.AtomicInteger();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 20; i++) {
          if (r.tryAcquire(counts, 9, T0 + 100)) {
            granted.incrementAndGet();
          }
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(10, granted.get());
  }
}
