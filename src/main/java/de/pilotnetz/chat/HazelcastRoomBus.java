package de.pilotnetz.chat;

import com.hazelcast.core.HazelcastInstance;
import de.pilotnetz.platform.live.ClusterNode;
import com.hazelcast.topic.ITopic;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Room frames across nodes: published to one Hazelcast topic; every node, this one included, hands
 * each frame to its {@link LocalRoomBus}, which delivers to its own subscribers. Frames of one node
 * arrive everywhere in the order that node published them; frames of different nodes may
 * interleave, which the subscribers' seq check repairs from the database (see {@link Connection}).
 * A payload is plain text (publish time, room, seq, frame), so nodes share no classes. While the
 * node has no peers, frames skip the topic; frames sent around a peer's arrival or departure may thus
 * overtake each other, which the seq check repairs as above.
 *
 * <p>The time from publish to arrival is kept as the metric {@value #LATENCY_METRIC} per node
 * (wall clocks of different hosts are assumed to be NTP-synchronised).
 */
final class HazelcastRoomBus implements RoomBus {
  static final String TOPIC = "pilotnetz.chat.rooms";
  static final String LATENCY_METRIC = "chat_fanout_latency";

  private final ClusterNode cluster;
  private final LocalRoomBus local;
  private final ITopic<String> topic;
  private final Timer latency;

  HazelcastRoomBus(HazelcastInstance hz, ClusterNode cluster, LocalRoomBus local,
      MetricRegistry metrics) {
    this.latency = metrics.timer(Metadata.builder().withName(LATENCY_METRIC)
        .withDescription("Time from publishing a chat frame on one node to its arrival on this node")
        .build());
    this.cluster = cluster;
    this.local = local;
    this.topic = hz.getTopic(TOPIC);
    topic.addMessageListener(m -> {
      Payload p = Payload.parse(m.getMessageObject());
      latency.update(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - p.publishedMillis)));
      local.publish(p.roomId, p.seq, p.frame);
    });
  }

  /** Alone (also {@code --nocluster}, where Payara runs Hazelcast without peers) straight to this node. */
  @Override
  public void publish(long roomId, long seq, String frame) {
    if (cluster.alone()) {
      local.publish(roomId, seq, frame);
    } else {
      topic.publish(new Payload(System.currentTimeMillis(), roomId, seq, frame).text());
    }
  }

  record Payload(long publishedMillis, long roomId, long seq, String frame) {
    String text() {
      return publishedMillis + " " + roomId + " " + seq + "\n" + frame;
    }

    static Payload parse(String text) {
      int nl = text.indexOf('\n');
      String[] head = text.substring(0, nl).split(" ");
      return new Payload(Long.parseLong(head[0]), Long.parseLong(head[1]), Long.parseLong(head[2]),
          text.substring(nl + 1));
    }
  }
}
