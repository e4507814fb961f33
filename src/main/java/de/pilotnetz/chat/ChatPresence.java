package de.pilotnetz.chat;

import de.pilotnetz.platform.live.LiveHub;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Presence: online when any tab is active, away when all tabs of the member say away ({@code ping}
 * with {@code "status":"away"}), offline without a connection ({@link LiveHub} counts several tabs
 * as one). Each node judges its own connections and shares the result through the {@link
 * PresenceBoard}, so tabs on different nodes count as one too. Changes go to the subscribers of the
 * member's rooms, on every node through the {@link RoomBus}.
 */
@ApplicationScoped
class ChatPresence {
  static final int SNAPSHOT_MAX_MEMBERS = 100;

  @Inject LiveHub hub;
  @Inject RoomBus bus;
  @Inject MessageService messages;
  @Inject PresenceBoard board;
  @Resource ManagedExecutorService executor;

  private final Map<Long, Set<Connection>> byMember = new ConcurrentHashMap<>();
  private final Map<Long, String> published = new ConcurrentHashMap<>();

  /** Created at deployment, so that every node watches for nodes leaving. */
  void started(@Observes @Initialized(ApplicationScoped.class) Object deployment) {
    // the observer's only job is to create this bean; @PostConstruct does the work
  }

  @PostConstruct
  void watchNodes() {
    // a node that died announced nothing: its members go offline unless they are elsewhere
    board.onNodeLeft(member -> executor.execute(() -> {
      if ("offline".equals(statusOf(member))) {
        published.remove(member);
        announce(member, "offline");
      }
    }));
  }

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

  /** Across the cluster: online if any node says online, else away if any says away. */
  String statusOf(long memberId) {
    String here = statusHere(memberId);
    if ("online".equals(here)) {
      return here;
    }
    Collection<String> elsewhere = board.elsewhere(memberId);
    if (elsewhere.contains("online")) {
      return "online";
    }
    return "away".equals(here) || elsewhere.contains("away") ? "away" : "offline";
  }

  private String statusHere(long memberId) {
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
    board.put(memberId, statusHere(memberId));
    String now = statusOf(memberId);
    String before = published.put(memberId, now);
    if (now.equals(before)) {
      return;
    }
    if ("offline".equals(now)) {
      published.remove(memberId);
    }
    announce(memberId, now);
  }

  private void announce(long memberId, String status) {
    for (long room : messages.joinedRooms(memberId)) {
      bus.publish(room, 0, frame(room, memberId, status));
    }
  }

  private static String frame(long room, long member, String status) {
    return Frames.JSON.createObjectBuilder().add("op", "presence").add("room", room)
        .add("member", member).add("status", status).build().toString();
  }
}
