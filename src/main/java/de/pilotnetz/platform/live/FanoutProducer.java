package de.pilotnetz.platform.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Chooses how live frames reach members: through a Hazelcast topic when the node is clustered,
 * else straight to this node's hub. Built at deployment, not on first use: a node must listen on
 * the topic before anything on it has published, or it would miss frames for its own tabs.
 */
@ApplicationScoped
public class FanoutProducer {
  @Inject LiveHub hub;
  @Inject ClusterNode cluster;

  private Fanout fanout;

  void start(@Observes @Initialized(ApplicationScoped.class) Object deployment) {
    fanout();
  }

  @Produces
  @ApplicationScoped
  synchronized Fanout fanout() {
    if (fanout == null) {
      fanout = cluster.hazelcast().<Fanout>map(hz -> new HazelcastFanout(hz, cluster, hub))
          .orElseGet(() -> new LocalFanout(hub));
    }
    return fanout;
  }
}
