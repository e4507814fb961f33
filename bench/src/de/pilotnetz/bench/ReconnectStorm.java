package de.pilotnetz.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat reconnect storm: clients ({@link StormClient}) subscribed to one room send, edit and
 * delete while, at random moments, one of them is dropped without a close frame (half of the drops
 * right after the client sent a frame, so its answer or replay is lost; a client is dropped again
 * only after it got an answer since its last drop). Each reconnects with the
 * last seq it saw. At the end every client's view must equal the database (REST history), each
 * seq must have arrived exactly once and in order, and every acknowledged message must be stored
 * once. Bounded by the number of drops and by time.
 */
final class ReconnectStorm {
  private static final String[] ACCOUNTS =
      {"buergermeisterin", "verwaltung", "expertin", "moderation", "admin"};
  private static final Pattern CLIENT_MSG_ID = Pattern.compile("^Sturm (c\\d+-\\d+-[0-9a-f]{8})");

  private ReconnectStorm() {}

  static void run() throws Exception {
    boolean smoke = Bench.smoke();
    int target = Integer.getInteger("bench.reconnects", smoke ? 200 : 2000);
    int n = Integer.getInteger("bench.stormClients", smoke ? 12 : 24);
    long limitMs = (smoke ? 180 : 900) * 1000L;
    Random rnd = new Random(Bench.seed());
    try (TortureServer server = new TortureServer("reconnect")) {
      Http h = server.http;
      if (!server.start()) {
        throw new IllegalStateException(
            "reconnect server not ready, see " + server.dir.resolve("server.log"));
      }
      String admin = h.login(Http.ADMIN);
      var r = h.postJson("/api/chat/rooms", "{\"kind\":\"PUBLIC\",\"name\":\"Sturm\","
          + "\"description\":\"Wiederverbindungen\",\"memberIds\":[]}", admin);
      if (r.statusCode() != 201) {
        throw new IllegalStateException("chat room: " + r.statusCode() + " " + r.body());
      }
      long room = TortureWrites.id(r);
      Map<String, String> sessions = new HashMap<>();
      for (String a : ACCOUNTS) {
        sessions.put(a, h.login(a + "@demo.pilotnetz.example"));
      }
      List<StormClient> clients = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String session = sessions.get(ACCOUNTS[i % ACCOUNTS.length]);
        clients.add(new StormClient(server.base(), session, room, i, Bench.seed()));
      }
      long t0 = System.nanoTime();
      long deadline = t0 + limitMs * 1_000_000;
      var stop = new java.util.concurrent.atomic.AtomicBoolean();
      List<Thread> threads = new ArrayList<>();
      for (StormClient c : clients) {
        Thread t = new Thread(() -> {
          try {
            while (!stop.get() && System.nanoTime() < deadline) {
              c.step();
              Thread.sleep(rnd.nextInt(40));
            }
            c.settle();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        t.start();
        threads.add(t);
      }
      int drops = 0;
      while (drops < target && System.nanoTime() < deadline) {
        Thread.sleep(20 + rnd.nextInt(100));
        StormClient c = clients.get(rnd.nextInt(n));
        if (!c.progressed()) {
          continue; // dropped again before it did anything
        }
        if (rnd.nextBoolean()) {
          c.dropAfterNextFrame();
        } else {
          c.drop();
        }
        drops = clients.stream().mapToInt(x -> x.drops).sum();
      }
      stop.set(true);
      for (Thread t : threads) {
        t.join(120_000);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      report(h, admin, room, clients, server.db, secs);
      clients.forEach(StormClient::close);
    }
  }

  private static void report(Http h, String admin, long room, List<StormClient> clients, String db,
      double secs) throws Exception {
    long last = lastSeq(h, admin, room);
    int behind = 0;
    for (StormClient c : clients) {
      behind += c.awaitSeq(last, 60_000) ? 0 : 1;
    }
    Map<Long, String> stored = new HashMap<>();
    Map<String, List<Long>> byClientMsgId = new HashMap<>();
    for (JsonObject m : TortureWrites.history(h, admin, room)) {
      long id = m.getJsonNumber("id").longValue();
      stored.put(id, StormClient.state(m));
      Matcher x = CLIENT_MSG_ID.matcher(m.getString("text"));
      if (x.find()) {
        byClientMsgId.computeIfAbsent(x.group(1), k -> new ArrayList<>()).add(id);
      }
    }
    long lostAcked = 0;
    long storedTwice = 0;
    long lostEvents = 0;
    long duplicatedEvents = 0;
    long outOfOrder = 0;
    long differing = 0;
    int drops = 0;
    int serverCloses = 0;
    int resends = 0;
    int timeouts = 0;
    int acks = 0;
    for (StormClient c : clients) {
      synchronized (c) {
        for (var e : c.acked.entrySet()) {
          acks++;
          lostAcked += stored.containsKey(e.getValue()) ? 0 : 1;
          // a copy the client never got an ack for (a resend stored twice) keeps its text
          storedTwice += byClientMsgId.getOrDefault(e.getKey(), List.of()).stream()
              .filter(id -> !id.equals(e.getValue())).count();
        }
      }
      lostEvents += c.missingUpTo(last);
      duplicatedEvents += c.duplicated;
      outOfOrder += c.outOfOrder;
      Map<Long, String> view = c.view();
      for (var e : stored.entrySet()) {
        differing += e.getValue().equals(view.get(e.getKey())) ? 0 : 1;
      }
      drops += c.drops;
      serverCloses += c.closedByServer;
      resends += c.resends;
      timeouts += c.timeouts;
    }
    long lost = lostAcked + lostEvents;
    long duplicated = storedTwice + duplicatedEvents;
    System.out.printf("reconnect storm: %d clients, %.0f s, %d drops, %d closed by the server,"
        + " %d resends, %d timeouts, %d acks, last seq %d, %d messages stored; lost: %d acked"
        + " + %d events; duplicated: %d stored + %d events; out of order %d; differing views %d;"
        + " %d clients behind%n", clients.size(), secs, drops, serverCloses, resends, timeouts,
        acks, last, stored.size(), lostAcked, lostEvents, storedTwice, duplicatedEvents, outOfOrder,
        differing, behind);
    Bench.row("chat reconnect storm (" + db + "): drops without close frame", drops + " ("
        + clients.size() + " clients, " + Bench.fmt(secs) + " s, " + last + " events, " + acks
        + " acknowledged messages, " + resends + " resends)", "–", "–", "–", "info");
    Bench.correctness("chat reconnect storm: messages lost (acknowledged but not stored, or events"
        + " a client never received)", lost, "0", lost == 0);
    Bench.correctness("chat reconnect storm: messages duplicated (stored twice, or an event"
        + " received twice)", duplicated, "0", duplicated == 0);
    Bench.correctness("chat reconnect storm: events out of order", outOfOrder, "0",
        outOfOrder == 0);
    Bench.correctness("chat reconnect storm: messages whose state in a client's view differs from"
        + " the database", differing, "0", differing == 0);
  }

  private static long lastSeq(Http h, String admin, long room) throws Exception {
    var r = h.get("/api/chat/rooms", admin);
    for (JsonValue v : Http.array(r.body())) {
      if (v.asJsonObject().getJsonNumber("id").longValue() == room) {
        return v.asJsonObject().getJsonNumber("lastSeq").longValue();
      }
    }
    throw new IllegalStateException("room " + room + " not listed: " + r.body());
  }
}
