package de.pilotnetz.platform.live;

/**
 * One open live connection of a member (a WebSocket, or a Server-Sent-Events stream): a browser
 * tab. Implementations keep a bounded send queue and answer false when the frame could not be
 * queued (the client is too slow, or gone); the hub then closes them.
 */
public interface Sink {
  long memberId();

  /** Queues a JSON text frame without blocking; false when the queue is full or the sink closed. */
  boolean offer(String frame);

  /** Closes the connection with a reason the client can show; the client reconnects and catches up. */
  void close(String reason);
}
