package de.pilotnetz.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which connections of this node are subscribed to which room. */
@ApplicationScoped
public class Subscriptions {
  private final Map<Long, Set<Connection>> byRoom = new ConcurrentHashMap<>();

  void add(long roomId, Connection c) {
    byRoom.computeIfAbsent(roomId, k -> ConcurrentHashMap.newKeySet()).add(c);
  }

  void remove(long roomId, Connection c) {
    byRoom.computeIfPresent(roomId, (k, set) -> {
      set.remove(c);
      return set.isEmpty() ? null : set;
    });
  }

  /** Hands a frame of a room to its subscribers on this node (called by the bus). */
  public void deliver(long roomId, long seq, String frame) {
    OutFrame shared = new OutFrame(frame); // encoded once for all subscribers
    for (Connection c : byRoom.getOrDefault(roomId, Set.of())) {
      c.deliverLive(roomId, seq, shared);
    }
  }
}
