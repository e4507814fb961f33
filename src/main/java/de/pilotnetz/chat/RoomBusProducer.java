package de.pilotnetz.chat;

import de.pilotnetz.platform.live.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The room bus of this node: across the cluster through Hazelcast, or this node alone. Built at
 * deployment, so that the node listens on the topic before any of its clients subscribes.
 */
@ApplicationScoped
class RoomBusProducer {
  @Inject ClusterNode cluster;
  @Inject LocalRoomBus local;
  @Inject MetricRegistry metrics;

  private RoomBus bus;

  void start(@Observes @Initialized(ApplicationScoped.class) Object deployment) {
    bus();
  }

  @Produces
  @ApplicationScoped
  synchronized RoomBus bus() {
    if (bus == null) {
      bus = cluster.hazelcast().<RoomBus>map(hz -> new HazelcastRoomBus(hz, cluster, local, metrics)).orElse(local);
    }
    return bus;
  }
}
