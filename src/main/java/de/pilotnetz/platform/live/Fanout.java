package de.pilotnetz.platform.live;

/**
 * Delivers a frame to a member wherever they are connected. The single-node implementation hands
 * it to this node's {@link LiveHub}; a clustered one publishes it to every node (Hazelcast topic),
 * each of which hands it to its own hub. Features call this, never the hub, for deliveries.
 */
public interface Fanout {
  void toMember(long memberId, String frame);
}
