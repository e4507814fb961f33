package de.pilotnetz.chat;

import de.pilotnetz.platform.live.Sink;
import de.pilotnetz.platform.security.Caller;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One open WebSocket: a bounded send queue drained by one writer at a time (a {@link ChatWriters}
 * thread, one async send in flight), and the room subscriptions with the last seq sent per room.
 *
 * <p>Batching: the writer takes every frame queued so far (up to {@link #BATCH_FRAMES} frames or
 * about {@link #BATCH_CHARS} characters) and sends them as one WebSocket text message, the frames
 * separated by a newline (a JSON frame never holds a raw newline). A client that keeps up gets one
 * frame per message; one that falls behind, or a busy server, gets fewer, larger messages, so the
 * cost per frame drops exactly when load rises. The README's protocol section documents this.
 *
 * <p>Gap-free switch from replay to live: the subscription is registered first and marked
 * {@code replaying}; live frames arriving meanwhile only raise {@code pendingMax}. Replay reads
 * {@code seq > since} from the database in pages until a page comes back short, then, under the
 * subscription's lock, reads again up to {@code pendingMax} and clears {@code replaying}. From then
 * on a live frame is sent if it is the next seq, skipped if already sent, and a jump (frames may
 * arrive late from other nodes or threads) is filled from the database: when seq N is committed,
 * every seq below N of that room is committed too, because each held the room's row lock until its
 * commit. So each subscriber sees every seq exactly once and in order.
 */
class Connection implements Sink {
  static final int QUEUE_FRAMES = 1000;
  static final String TOO_SLOW = "zu langsam";
  static final int BATCH_FRAMES = 64;
  static final int BATCH_CHARS = 32 * 1024;
  /** Queue slots a replay leaves free for live frames (acks, presence, typing). */
  static final int REPLAY_RESERVE = 100;

  /** Per-room state; guarded by its own monitor. */
  static final class RoomSub {
    final long roomId;
    long lastSent;
    boolean replaying = true;
    long pendingMax;

    RoomSub(long roomId, long since) {
      this.roomId = roomId;
      this.lastSent = since;
    }
  }

  final Session session;
  private final TextSender out;
  final Caller caller;
  final MessageService messages;
  private final ChatWriters writers;
  final Map<Long, RoomSub> subs = new ConcurrentHashMap<>();
  volatile boolean away;

  // linked: an idle connection holds no 1,000-slot array
  private final BlockingQueue<OutFrame> queue = new LinkedBlockingQueue<>(QUEUE_FRAMES);
  private final AtomicBoolean writing = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  Connection(Session session, Caller caller, MessageService messages, ChatWriters writers) {
    this.session = session;
    this.out = new TextSender(session, writers);
    this.caller = caller;
    this.messages = messages;
    this.writers = writers;
  }

  @Override
  public long memberId() {
    return caller.memberId();
  }

  @Override
  public boolean offer(String frame) {
    return offer(new OutFrame(frame));
  }

  private boolean offer(OutFrame frame) {
    if (closed.get() || !queue.offer(frame)) {
      return false;
    }
    pump();
    return true;
  }

  /** Queues, or closes the connection as too slow; the client catches up on reconnect. */
  void send(String frame) {
    send(new OutFrame(frame));
  }

  /** As {@link #send(String)}, for a frame shared with other connections. */
  void send(OutFrame frame) {
    if (!offer(frame) && !closed.get()) {
      close(TOO_SLOW);
    }
  }

  /**
   * For replays on the connection's own thread: waits up to 10 s for room in the queue, leaving
   * {@link #REPLAY_RESERVE} slots free. Without that reserve a replay kept the queue full, and the
   * member's own presence frame arriving meanwhile closed the connection as too slow.
   */
  void sendWaiting(String frame) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (queue.size() >= QUEUE_FRAMES - REPLAY_RESERVE && !closed.get()) {
      if (System.nanoTime() > deadline) {
        close(TOO_SLOW);
        return;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    if (closed.get() || !queue.offer(new OutFrame(frame))) {
      close(TOO_SLOW);
      return;
    }
    pump();
  }

  int queued() {
    return queue.size();
  }

  /** Hands the connection to a writer thread unless a write is already scheduled or in flight. */
  private void pump() {
    if (writing.compareAndSet(false, true)) {
      writers.execute(this::write);
    }
  }

  /** On a writer thread: sends what is queued as one message; the completion schedules the rest. */
  private void write() {
    Object batch = closed.get() ? null : nextBatch();
    if (batch == null) {
      writing.set(false);
      if (!queue.isEmpty() && !closed.get()) {
        pump(); // a frame was queued between poll and release
      }
      return;
    }
    SendHandler done = result -> {
      if (!result.isOK()) {
        writing.set(false);
        close("Senden fehlgeschlagen");
      } else if (queue.isEmpty()) {
        writing.set(false);
        if (!queue.isEmpty()) {
          pump();
        }
      } else {
        writers.execute(this::write); // still ours: writing stays true
      }
    };
    try {
      if (batch instanceof OutFrame alone) {
        out.send(alone, done);
      } else {
        out.send((String) batch, done);
      }
    } catch (IllegalStateException e) {
      writing.set(false);
      close("Verbindung geschlossen");
    }
  }

  /** One frame alone (its shared encoding is sent), or several joined into one text. */
  private Object nextBatch() {
    OutFrame first = queue.poll();
    if (first == null) {
      return null;
    }
    OutFrame second = queue.poll();
    if (second == null) {
      return first; // the common case when the client keeps up: no copy
    }
    StringBuilder b = new StringBuilder(
        Math.min(BATCH_CHARS, 4 * (first.text.length() + second.text.length())));
    b.append(first.text).append('\n').append(second.text);
    int n = 2;
    OutFrame next;
    while (n < BATCH_FRAMES && b.length() < BATCH_CHARS && (next = queue.poll()) != null) {
      b.append('\n').append(next.text);
      n++;
    }
    return b.toString();
  }

  @Override
  public void close(String reason) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    queue.clear();
    try {
      session.close(new CloseReason(TOO_SLOW.equals(reason) ? CloseReason.CloseCodes.TRY_AGAIN_LATER
          : CloseReason.CloseCodes.GOING_AWAY, reason));
    } catch (IOException | IllegalStateException e) {
      // already gone
    }
  }

  boolean isClosed() {
    return closed.get();
  }

  /** Replays {@code seq > since} from the database, then lets live frames through. */
  void subscribe(long roomId, long since, Subscriptions registry) {
    RoomSub s = new RoomSub(roomId, Math.max(0, since));
    subs.put(roomId, s);
    registry.add(roomId, this);
    while (!closed.get()) {
      List<ChatEventRow> page = messages.events(roomId, s.lastSent, Long.MAX_VALUE, MessageService.REPLAY_PAGE);
      for (ChatEventRow e : page) {
        sendWaiting(e.frame());
        s.lastSent = e.seq();
      }
      if (page.size() < MessageService.REPLAY_PAGE) {
        break;
      }
    }
    synchronized (s) {
      if (s.pendingMax > s.lastSent) {
        fill(s, s.pendingMax);
      }
      s.replaying = false;
    }
  }

  void unsubscribe(long roomId, Subscriptions registry) {
    subs.remove(roomId);
    registry.remove(roomId, this);
  }

  /** Called by the bus thread for every frame of a subscribed room. */
  void deliverLive(long roomId, long seq, OutFrame frame) {
    RoomSub s = subs.get(roomId);
    if (s == null || closed.get()) {
      return;
    }
    if (seq == 0) {
      send(frame);
      return;
    }
    synchronized (s) {
      if (s.replaying) {
        s.pendingMax = Math.max(s.pendingMax, seq);
      } else if (seq == s.lastSent + 1) {
        send(frame);
        s.lastSent = seq;
      } else if (seq > s.lastSent) {
        fill(s, seq);
      }
    }
  }

  private void fill(RoomSub s, long upTo) {
    while (s.lastSent < upTo && !closed.get()) {
      List<ChatEventRow> page = messages.events(s.roomId, s.lastSent, upTo, MessageService.REPLAY_PAGE);
      if (page.isEmpty()) {
        return;
      }
      for (ChatEventRow e : page) {
        send(e.frame());
        s.lastSent = e.seq();
      }
    }
  }
}
