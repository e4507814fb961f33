package de.pilotnetz.bench;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One chat tab of the reconnect storm: subscribed to one room, it sends, edits and deletes its own
 * messages one at a time, and keeps every event it receives by seq. When dropped it reconnects and
 * subscribes with the highest seq it saw, as the web UI does, and resends an unacknowledged
 * message with the same clientMsgId. Frames of a dropped connection are ignored from the moment
 * of the drop (they count as never received).
 */
final class StormClient {
  final String base;
  final String session;
  final long room;
  private final Random rnd;
  private final String name;

  private ChatSocket socket;
  private int generation;
  private final TreeMap<Long, JsonObject> events = new TreeMap<>();
  private long maxSeen;
  private Waiter waiter;
  private volatile boolean dropAfterNextFrame;
  private volatile boolean progressed; // an exchange completed since the last drop

  // figures, read after the run
  long duplicated;
  long outOfOrder;
  int drops;
  int closedByServer;
  int resends;
  int refused;
  int timeouts;
  final Map<String, Long> acked = new HashMap<>(); // clientMsgId → message id
  private final List<Long> own = new ArrayList<>();
  private String unacked; // clientMsgId of a send whose answer was lost with the connection
  private int sent;

  private record Waiter(Predicate<JsonObject> matches, CompletableFuture<JsonObject> done) {}

  /** The connection was dropped while waiting. */
  static final class Dropped extends Exception {
    Dropped() {
      super(null, null, false, false);
    }
  }

  StormClient(String base, String session, long room, int index, long seed) {
    this.base = base;
    this.session = session;
    this.room = room;
    this.rnd = new Random(seed * 31 + index);
    this.name = "c" + index;
  }

  /** One step of the client's life: connect if needed, then send, edit or delete. */
  void step() throws InterruptedException {
    if (!connected() && !connect()) {
      Thread.sleep(200);
      return;
    }
    int dice = rnd.nextInt(100);
    try {
      if (unacked != null || own.isEmpty() || dice < 70) {
        send();
      } else if (dice < 85) {
        long id = own.get(rnd.nextInt(own.size()));
        change(id, "edit", "{\"op\":\"edit\",\"room\":" + room + ",\"id\":" + id
            + ",\"text\":\"" + textOf(id) + " bearbeitet " + rnd.nextInt(1000) + "\"}");
      } else {
        long id = own.remove(rnd.nextInt(own.size())); // whatever comes of it, not touched again
        change(id, "delete", "{\"op\":\"delete\",\"room\":" + room + ",\"id\":" + id + "}");
      }
    } catch (Dropped e) {
      // reconnects in the next step
    }
  }

  /** After the storm: connected, nothing unacknowledged left. */
  void settle() throws InterruptedException {
    for (int i = 0; i < 20 && (unacked != null || !connected()); i++) {
      if (!connected() && !connect()) {
        Thread.sleep(500);
        continue;
      }
      if (unacked != null) {
        try {
          send();
        } catch (Dropped e) {
          // again
        }
      }
    }
  }

  private void send() throws Dropped, InterruptedException {
    boolean resend = unacked != null;
    String id = resend ? unacked
        : name + "-" + (++sent) + "-" + UUID.randomUUID().toString().substring(0, 8);
    unacked = id;
    if (resend) {
      resends++;
    }
    JsonObject f = exchange("{\"op\":\"send\",\"room\":" + room + ",\"clientMsgId\":\"" + id
        + "\",\"text\":\"Sturm " + id + "\"}", x -> "ack".equals(x.getString("op"))
        && id.equals(x.getString("clientMsgId", null)));
    if (f == null) {
      return; // timed out: resent later
    }
    unacked = null;
    if (f.getString("op").equals("ack")) {
      long mid = f.getJsonNumber("id").longValue();
      synchronized (this) {
        acked.put(id, mid);
      }
      own.add(mid);
    }
  }

  private void change(long id, String kind, String frame) throws Dropped, InterruptedException {
    exchange(frame, x -> "event".equals(x.getString("op")) && kind.equals(x.getString("kind"))
        && x.getJsonObject("message").getJsonNumber("id").longValue() == id);
  }

  /**
   * Sends a frame and waits up to 10 s for the matching frame or an error (the answer to this
   * frame: one at a time). Null on timeout; {@link Dropped} when the connection went away.
   */
  private JsonObject exchange(String frame, Predicate<JsonObject> matches)
      throws Dropped, InterruptedException {
    CompletableFuture<JsonObject> done = new CompletableFuture<>();
    ChatSocket s;
    synchronized (this) {
      if (socket == null) {
        throw new Dropped();
      }
      s = socket;
      waiter = new Waiter(matches, done);
    }
    try {
      s.send(frame);
    } catch (RuntimeException e) {
      dropped(s, false);
      throw new Dropped();
    }
    if (dropAfterNextFrame) {
      dropAfterNextFrame = false;
      drop(); // the frame is on its way, its answer is lost
    }
    try {
      JsonObject f = done.get(10, TimeUnit.SECONDS);
      if ("error".equals(f.getString("op"))) {
        refused++;
      }
      progressed = true;
      return f;
    } catch (ExecutionException e) {
      throw new Dropped();
    } catch (TimeoutException e) {
      timeouts++;
      return null;
    } finally {
      synchronized (this) {
        waiter = null;
      }
    }
  }

  private String textOf(long id) {
    synchronized (this) {
      for (var e : acked.entrySet()) {
        if (e.getValue() == id) {
          return "Sturm " + e.getKey();
        }
      }
    }
    return "Sturm";
  }

  synchronized boolean connected() {
    return socket != null;
  }

  /** Connects and subscribes since the highest seq seen. */
  boolean connect() {
    int g;
    long since;
    synchronized (this) {
      g = ++generation;
      since = maxSeen;
    }
    ChatSocket s;
    try {
      s = ChatSocket.open(base, session, f -> frame(g, f), () -> gone(g));
    } catch (RuntimeException e) {
      return false;
    }
    synchronized (this) {
      if (g != generation) {
        s.abort();
        return false;
      }
      socket = s;
    }
    try {
      s.send("{\"op\":\"subscribe\",\"room\":" + room + ",\"since\":" + since + "}");
    } catch (RuntimeException e) {
      dropped(s, false);
      return false;
    }
    if (dropAfterNextFrame) {
      dropAfterNextFrame = false;
      drop(); // in the middle of the replay
    }
    return true;
  }

  /** True when an exchange completed since the last drop (dropping only would test nothing). */
  boolean progressed() {
    return progressed;
  }

  /** Drops the connection now, without a close frame. False when not connected. */
  boolean drop() {
    ChatSocket s;
    synchronized (this) {
      s = socket;
    }
    return s != null && dropped(s, true);
  }

  /** Drops the connection right after the next frame this client sends. */
  void dropAfterNextFrame() {
    progressed = false;
    dropAfterNextFrame = true;
  }

  private boolean dropped(ChatSocket s, boolean byUs) {
    synchronized (this) {
      if (socket != s) {
        return false;
      }
      socket = null;
      generation++;
      if (byUs) {
        drops++;
        progressed = false;
      }
      if (waiter != null) {
        waiter.done().completeExceptionally(new Dropped());
      }
    }
    s.abort();
    return true;
  }

  private void gone(int g) {
    ChatSocket s;
    synchronized (this) {
      if (g != generation) {
        return;
      }
      s = socket;
      closedByServer++;
    }
    if (s != null) {
      dropped(s, false);
    }
  }

  private synchronized void frame(int g, JsonObject f) {
    if (g != generation) {
      return; // arrived after the drop: never seen
    }
    if ("event".equals(f.getString("op", ""))) {
      long seq = f.getJsonNumber("seq").longValue();
      if (events.containsKey(seq)) {
        duplicated++;
      } else {
        if (seq < maxSeen) {
          outOfOrder++;
        }
        events.put(seq, f);
        maxSeen = Math.max(maxSeen, seq);
        notifyAll();
      }
    }
    if (waiter != null && ("error".equals(f.getString("op", "")) || waiter.matches().test(f))) {
      waiter.done().complete(f);
    }
  }

  /** Waits until an event with {@code seq} or higher arrived. */
  synchronized boolean awaitSeq(long seq, long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (maxSeen < seq && System.currentTimeMillis() < end) {
      wait(Math.max(1, end - System.currentTimeMillis()));
    }
    return maxSeen >= seq;
  }

  /** Seqs 1..last that never arrived. */
  synchronized long missingUpTo(long last) {
    return last - events.headMap(last, true).size();
  }

  /** The room as this client sees it: events applied in seq order, message id → state. */
  synchronized Map<Long, String> view() {
    Map<Long, String> v = new HashMap<>();
    for (JsonObject e : events.values()) {
      JsonObject m = e.getJsonObject("message");
      v.put(m.getJsonNumber("id").longValue(), state(m));
    }
    return v;
  }

  static String state(JsonObject m) {
    return m.getBoolean("deleted") ? "(deleted)" : m.getString("text");
  }

  void close() {
    ChatSocket s;
    synchronized (this) {
      s = socket;
      socket = null;
      generation++;
    }
    if (s != null) {
      s.close();
    }
  }
}
