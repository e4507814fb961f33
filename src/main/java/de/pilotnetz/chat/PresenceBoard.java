package de.pilotnetz.chat;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.map.IMap;
import de.pilotnetz.platform.live.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Each node's view of a member's presence, shared through a Hazelcast map (key
 * {@code member/node}), so that a member is online if any tab on any node is. On a single node
 * there is nothing to share. Entries of a node that left are ignored at once and removed by the
 * oldest node, which then re-announces the members concerned.
 */
@ApplicationScoped
class PresenceBoard {
  static final String MAP = "pilotnetz.chat.presence";

  @Inject ClusterNode cluster;

  private volatile IMap<String, String> map;

  /** Records this node's view; "offline" removes it. */
  void put(long memberId, String status) {
    IMap<String, String> m = map();
    if (m == null) {
      return;
    }
    String key = key(memberId, cluster.nodeId());
    if ("offline".equals(status)) {
      m.delete(key);
    } else {
      m.set(key, status);
    }
  }

  /** The member's statuses on the other nodes that are up. */
  Collection<String> elsewhere(long memberId) {
    IMap<String, String> m = map();
    if (m == null) {
      return List.of();
    }
    String self = cluster.nodeId();
    Set<String> keys = cluster.nodeIds().stream().filter(n -> !n.equals(self))
        .map(n -> key(memberId, n)).collect(Collectors.toSet());
    return keys.isEmpty() ? List.of() : m.getAll(keys).values();
  }

  /** Calls {@code recheck} for each member seen on a node that left, on the oldest node only. */
  void onNodeLeft(LongConsumer recheck) {
    cluster.hazelcast().ifPresent(hz -> hz.getCluster().addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent e) {
        // a new node starts with no connections
      }

      @Override
      public void memberRemoved(MembershipEvent e) {
        if (!cluster.oldest()) {
          return;
        }
        String suffix = "/" + e.getMember().getUuid();
        IMap<String, String> m = map();
        for (String key : Set.copyOf(m.keySet())) {
          if (key.endsWith(suffix)) {
            m.delete(key);
            recheck.accept(Long.parseLong(key.substring(0, key.indexOf('/'))));
          }
        }
      }
    }));
  }

  private IMap<String, String> map() {
    IMap<String, String> m = map;
    if (m == null && cluster.clustered()) {
      m = cluster.hazelcast().orElseThrow().getMap(MAP);
      map = m;
    }
    return m;
  }

  private static String key(long memberId, String node) {
    return memberId + "/" + node;
  }
}
