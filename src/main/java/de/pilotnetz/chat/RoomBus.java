package de.pilotnetz.chat;

/**
 * Delivers a frame to every connection subscribed to a room, on every node. {@link LocalRoomBus}
 * serves one node; a clustered implementation publishes to a Hazelcast topic whose listener on
 * each node calls {@link Subscriptions#deliver}. The endpoint only ever talks to this interface.
 *
 * <p>{@code seq} is the room event number of the frame, or 0 for frames outside the numbered
 * stream (presence, typing); subscribers use it to skip duplicates and to fill gaps from the
 * database, so a bus may deliver numbered frames late or out of order, but must not lose them
 * silently (a lost frame is only noticed at the room's next event).
 */
public interface RoomBus {
  void publish(long roomId, long seq, String frame);
}
