package de.pilotnetz.platform.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The registry of live connections on this node, by member. Chat and notifications deliver
 * through it, so neither needs to know the other; a member with several tabs has several sinks.
 * Delivery across nodes goes through {@link Fanout}, which calls back into the hub of every node.
 */
@ApplicationScoped
public class LiveHub {
  private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

  private final Map<Long, Set<Sink>> byMember = new ConcurrentHashMap<>();
  private final Set<Consumer<Long>> presenceListeners = ConcurrentHashMap.newKeySet();

  public void register(Sink sink) {
    boolean first = byMember.computeIfAbsent(sink.memberId(), k -> ConcurrentHashMap.newKeySet()).isEmpty();
    byMember.get(sink.memberId()).add(sink);
    if (first) {
      presenceListeners.forEach(l -> l.accept(sink.memberId()));
    }
  }

  public void unregister(Sink sink) {
    byMember.computeIfPresent(sink.memberId(), (k, set) -> {
      set.remove(sink);
      return set.isEmpty() ? null : set;
    });
    if (!isOnline(sink.memberId())) {
      presenceListeners.forEach(l -> l.accept(sink.memberId()));
    }
  }

  /** Sends to every open tab of the member on this node; a sink that cannot keep up is closed. */
  public int toMember(long memberId, String frame) {
    Set<Sink> sinks = byMember.getOrDefault(memberId, Set.of());
    int delivered = 0;
    for (Sink s : sinks) {
      if (s.offer(frame)) {
        delivered++;
      } else {
        LOG.fine(() -> "Closing a slow live connection of member " + memberId);
        s.close("Zu langsam: bitte neu verbinden");
        unregister(s);
      }
    }
    return delivered;
  }

  public boolean isOnline(long memberId) {
    return !byMember.getOrDefault(memberId, Set.of()).isEmpty();
  }

  public Set<Long> onlineMembers() {
    return Set.copyOf(byMember.keySet());
  }

  public int connections() {
    return byMember.values().stream().mapToInt(Set::size).sum();
  }

  /** Called with a member id whenever that member comes online on this node or goes offline. */
  public void onPresenceChange(Consumer<Long> listener) {
    presenceListeners.add(listener);
  }
}
