package de.pilotnetz.chat;

import de.pilotnetz.platform.live.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Presence from this node's connections: online when any tab is active, away when all tabs of the
 * member say away ({@code ping} with {@code "status":"away"}), offline without a connection
 * ({@link LiveHub} counts several tabs as one). Changes go to the subscribers of the member's rooms.
 * Limit: a member connected to two nodes is judged by each node separately.
 */
@ApplicationScoped
class ChatPresence {
  static final int SNAPSHOT_MAX_MEMBERS = 100;

  @Inject LiveHub hub;
  @Inject RoomBus bus;
  @Inject MessageService messages;

  private final Map<Long, Set<Connection>> byMember = new ConcurrentHashMap<>();
  private final Map<Long, String> published = new ConcurrentHashMap<>();

  void connected(Connection c) {
    byMember.computeIfAbsent(c.memberId(), k -> ConcurrentHashMap.newKeySet()).add(c);
    hub.register(c);
    changed(c.memberId());
  }

  void disconnected(Connection c) {
    byMember.computeIfPresent(c.memberId(), (k, set) -> {
      set.remove(c);
      return set.isEmpty() ? null : set;
    });
    hub.unregister(c);
    changed(c.memberId());
  }

  void status(Connection c, boolean away) {
    c.away = away;
    changed(c.memberId());
  }

  String statusOf(long memberId) {
    if (!hub.isOnline(memberId)) {
      return "offline";
    }
    Set<Connection> conns = byMember.getOrDefault(memberId, Set.of());
    return conns.stream().allMatch(x -> x.away) && !conns.isEmpty() ? "away" : "online";
  }

  /** Tells a new subscriber who of a small room is there. */
  void snapshot(Connection c, long roomId, long memberCount) {
    if (memberCount > SNAPSHOT_MAX_MEMBERS) {
      return;
    }
    for (long m : messages.memberIds(roomId)) {
      String s = statusOf(m);
      if (!"offline".equals(s)) {
        c.send(frame(roomId, m, s));
      }
    }
  }

  private void changed(long memberId) {
    String now = statusOf(memberId);
    String before = published.put(memberId, now);
    if (now.equals(before)) {
      return;
    }
    if ("offline".equals(now)) {
      published.remove(memberId);
    }
    for (long room : messages.joinedRooms(memberId)) {
      bus.publish(room, 0, frame(room, memberId, now));
    }
  }

  private static String frame(long room, long member, String status) {
    return Json.createObjectBuilder().add("op", "presence").add("room", room).add("member", member)
        .add("status", status).build().toString();
  }
}
