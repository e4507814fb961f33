package de.pilotnetz.platform.live;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This node's view of the cluster: Payara Micro's Hazelcast (bound at {@value #HAZELCAST_JNDI}),
 * else a single node. Payara Micro starts Hazelcast with {@code --nocluster} too, alone and without
 * peers; deliveries therefore ask {@link #alone()} and stay in this node's memory while it has no
 * peers. Shared state (chat presence, rate limits) lives in the data grid whenever there is one.
 */
@ApplicationScoped
public class ClusterNode {
  private static final Logger LOG = Logger.getLogger(ClusterNode.class.getName());
  static final String HAZELCAST_JNDI = "payara/Hazelcast";
  /** Stands for this node in shared maps when there is no cluster. */
  private static final String SINGLE = "single";

  private volatile Optional<HazelcastInstance> hazelcast;

  /** The data grid, or empty when the server has none. */
  public Optional<HazelcastInstance> hazelcast() {
    Optional<HazelcastInstance> hz = hazelcast;
    if (hz == null) {
      hz = lookup();
      hazelcast = hz;
    }
    return hz;
  }

  public boolean clustered() {
    return hazelcast().isPresent();
  }

  /** True while no other node is in the cluster (always on a node without Hazelcast). */
  public boolean alone() {
    return hazelcast().map(h -> h.getCluster().getMembers().size() == 1).orElse(true);
  }

  /** A stable id of this node while it runs: the Hazelcast member UUID. */
  public String nodeId() {
    return hazelcast().map(h -> h.getCluster().getLocalMember().getUuid().toString()).orElse(SINGLE);
  }

  /** Ids of the nodes in the cluster now, this one included. */
  public Set<String> nodeIds() {
    return hazelcast().map(h -> h.getCluster().getMembers().stream().map(Member::getUuid)
        .map(UUID::toString).collect(Collectors.toSet())).orElse(Set.of(SINGLE));
  }

  /** Name of the cluster (the installation), or empty on a single node. */
  public Optional<String> clusterName() {
    return hazelcast().map(h -> h.getConfig().getClusterName());
  }

  /** True on the oldest node, which does the cluster's housekeeping after a node left. */
  public boolean oldest() {
    return hazelcast().map(h -> h.getCluster().getMembers().iterator().next().localMember())
        .orElse(true);
  }

  private static Optional<HazelcastInstance> lookup() {
    try {
      Object hz = new InitialContext().lookup(HAZELCAST_JNDI);
      if (hz instanceof HazelcastInstance h && h.getLifecycleService().isRunning()) {
        LOG.info("Data grid: Hazelcast, cluster " + h.getConfig().getClusterName() + ", "
            + h.getCluster().getMembers().size() + " node(s) now");
        return Optional.of(h);
      }
    } catch (NamingException | LinkageError e) {
      // no data grid: --nocluster
    }
    LOG.info("No data grid: a single node, live state in this node's memory");
    return Optional.empty();
  }
}
