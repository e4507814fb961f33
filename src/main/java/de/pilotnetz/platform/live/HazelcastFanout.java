package de.pilotnetz.platform.live;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.UUID;

/**
 * Delivery across nodes through a topic of Payara's Hazelcast: every node, this one included,
 * receives each frame and hands it to its own hub. Frames from one node arrive in the order they
 * were published. Payloads are plain strings, so that no class needs to be shared between nodes.
 */
final class HazelcastFanout implements Fanout {
  static final String TOPIC = "pilotnetz.live.members";

  private final ClusterNode cluster;
  private final LiveHub hub;
  private final ITopic<String> topic;
  private final UUID listener;

  HazelcastFanout(HazelcastInstance hz, ClusterNode cluster, LiveHub hub) {
    this.cluster = cluster;
    this.hub = hub;
    this.topic = hz.getTopic(TOPIC);
    this.listener = topic.addMessageListener(message -> {
      String payload = message.getMessageObject();
      int nl = payload.indexOf('\n');
      hub.toMember(Long.parseLong(payload.substring(0, nl)), payload.substring(nl + 1));
    });
  }

  /** Alone (also {@code --nocluster}, where Payara runs Hazelcast without peers) straight to this hub. */
  @Override
  public void toMember(long memberId, String frame) {
    if (cluster.alone()) {
      hub.toMember(memberId, frame);
    } else {
      topic.publish(memberId + "\n" + frame);
    }
  }

  void close() {
    topic.removeMessageListener(listener);
  }
}
