import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figures across two clustered nodes (started by bench/cluster/run):
 * <ul>
 *   <li>{@code fanout A B subscribers rate seconds}: a public room whose subscribers are split over
 *       both nodes; one sender on node A; after 5 s of unmeasured messages, latency from send to
 *       receipt, separately for the subscribers on A (same node) and on B (across nodes); the
 *       subscribers are read by {@link RawSubscribers} (compiled with this file by the run script);</li>
 *   <li>{@code searchable A B writes}: a case published on node A, then node B's search polled
 *       every 10 ms until it finds it.</li>
 * </ul>
 * Prints {@code key=value} lines. Only 127.0.0.1 is used; every loop is bounded.
 */
public class ClusterBench {
  static final String PASSWORD = "Pilotnetz-Demo-2026";
  static final String[] ACCOUNTS = {"admin", "moderation", "buergermeisterin", "verwaltung", "expertin"};
  static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "fanout" -> fanout(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]));
      case "searchable" -> searchable(args[1], args[2], Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  static String login(String base, String who) throws Exception {
    String body = "{\"email\":\"" + who + "@demo.pilotnetz.example\",\"password\":\"" + PASSWORD + "\"}";
    HttpResponse<String> r = post(base, "/api/auth/login", null, body);
    if (r.statusCode() != 200) throw new IllegalStateException("login " + who + ": " + r.body());
    return field(r.body(), "token");
  }

  static HttpResponse<String> post(String base, String path, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String base, String path, String token) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String field(String json, String name) {
    int i = json.indexOf("\"" + name + "\":");
    int start = i + name.length() + 3;
    if (json.charAt(start) == '"') return json.substring(start + 1, json.indexOf('"', start + 1));
    int end = start;
    while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-')) end++;
    return json.substring(start, end);
  }

  /** The {@code id} of the outermost object (nested objects have ids of their own). */
  static String topLevelId(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      if (inString) {
        if (ch == '\\') i++;
        else if (ch == '"') inString = false;
      } else if (ch == '{' || ch == '[') depth++;
      else if (ch == '}' || ch == ']') depth--;
      else if (ch == '"') {
        if (depth == 1 && json.startsWith("\"id\":", i)) return field(json.substring(i), "id");
        inString = true;
      }
    }
    throw new IllegalStateException("no id in " + json);
  }

  static String ticketUrl(String base, String token) throws Exception {
    HttpResponse<String> r = post(base, "/api/chat/ticket", token, "");
    if (r.statusCode() != 200) throw new IllegalStateException("ticket: " + r.body());
    return base.replace("http://", "ws://") + "/ws?ticket=" + field(r.body(), "ticket");
  }

  /** Latencies of one node's subscribers; every frame's {@code "text":"t=<nanos>"} is one delivery. */
  static final class Receipts {
    final long[] nanos;
    final AtomicInteger count = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    Receipts(int capacity) {
      nanos = new long[capacity];
    }

    void record(long sentNanos, long nowNanos) {
      int i = count.getAndIncrement();
      if (i < nanos.length) nanos[i] = nowNanos - sentNanos;
    }

    void print(String key, int expected) {
      int n = Math.min(count.get(), nanos.length);
      long[] got = Arrays.copyOf(nanos, n);
      Arrays.sort(got);
      System.out.printf("%s.deliveries=%d%n%s.expected=%d%n%s.closedConnections=%d%n", key, n, key, expected,
          key, closed.get());
      if (n > 0) {
        System.out.printf("%s.p50Ms=%.1f%n", key, got[n / 2] / 1e6);
        System.out.printf("%s.p99Ms=%.1f%n", key, got[(int) (n * 0.99)] / 1e6);
      }
    }
  }

  static void fanout(String a, String b, int subscribers, int rate, int seconds) throws Exception {
    String[] tokens = new String[ACCOUNTS.length];
    for (int i = 0; i < ACCOUNTS.length; i++) tokens[i] = login(a, ACCOUNTS[i]);
    HttpResponse<String> created = post(a, "/api/chat/rooms", tokens[0],
        "{\"kind\":\"PUBLIC\",\"name\":\"Knotenlast " + System.nanoTime() + "\"}");
    long room = Long.parseLong(field(created.body(), "id"));
    int total = rate * seconds;
    Receipts onA = new Receipts((subscribers / 2 + 1) * total);
    Receipts onB = new Receipts((subscribers / 2 + 1) * total);
    // one selector thread per node reads its subscribers' frames as bytes (see RawSubscribers)
    try (RawSubscribers onNodeA = new RawSubscribers(onA::record);
        RawSubscribers onNodeB = new RawSubscribers(onB::record)) {
      for (int i = 0; i < subscribers; i++) {
        boolean nodeB = i % 2 == 1;
        String node = nodeB ? b : a;
        String ws = ticketUrl(node, tokens[i % tokens.length]);
        (nodeB ? onNodeB : onNodeA).add(node, ws.substring(ws.indexOf("/ws")), "", room);
      }
      long confirm = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (onNodeA.ponged.get() + onNodeB.ponged.get() < subscribers && System.nanoTime() < confirm) {
        Thread.sleep(50);
      }
      if (onNodeA.ponged.get() + onNodeB.ponged.get() < subscribers) {
        throw new IllegalStateException("subscriptions not confirmed");
      }
      WebSocket sender = http.newWebSocketBuilder().buildAsync(URI.create(ticketUrl(a, tokens[0])),
          new WebSocket.Listener() {}).join();
      // steady state, not start-up: 5 s of unmeasured messages ("w=" is not the measured marker)
      for (int i = 0; i < rate * WARMUP_SECONDS; i++) {
        sender.sendText("{\"op\":\"send\",\"room\":" + room + ",\"clientMsgId\":\"w" + i
            + "\",\"text\":\"w=" + i + "\"}", true).join();
        TimeUnit.MILLISECONDS.sleep(1000 / rate);
      }
      Thread.sleep(2000);
      measure(sender, room, subscribers, rate, seconds, onA, onB);
      onA.closed.set(onNodeA.closed.get());
      onB.closed.set(onNodeB.closed.get());
      print(subscribers, rate, seconds, onA, onB);
      sender.abort();
    }
  }

  static final int WARMUP_SECONDS = 5;

  private static void measure(WebSocket sender, long room, int subscribers, int rate, int seconds,
      Receipts onA, Receipts onB) throws Exception {
    int total = rate * seconds;
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long wait = start + i * interval - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      sender.sendText("{\"op\":\"send\",\"room\":" + room + ",\"clientMsgId\":\"c" + i + "\",\"text\":\"t="
          + System.nanoTime() + "\"}", true).join();
    }
    int expectA = (subscribers + 1) / 2 * total;
    int expectB = subscribers / 2 * total;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while ((onA.count.get() < expectA || onB.count.get() < expectB) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private static void print(int subscribers, int rate, int seconds, Receipts onA, Receipts onB)
      throws Exception {
    int total = rate * seconds;
    System.out.printf("fanout.subscribers=%d (%d on A, %d on B)%n", subscribers, (subscribers + 1) / 2, subscribers / 2);
    System.out.printf("fanout.messages=%d at %d/s from node A%n", total, rate);
    onA.print("fanout.sameNode", (subscribers + 1) / 2 * total);
    onB.print("fanout.crossNode", subscribers / 2 * total);
    System.out.printf("fanout.loadAverage=%s%n",
        new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
  }

  static void searchable(String a, String b, int writes) throws Exception {
    String mayor = login(a, "buergermeisterin");
    String admin = login(b, "admin");
    long[] millis = new long[writes];
    int missing = 0;
    for (int i = 0; i < writes; i++) {
      String word = "knotenlast" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      HttpResponse<String> c = post(a, "/api/cases", mayor, "{\"title\":\"Zwei Knoten " + word
          + "\",\"summary\":\"Kurzfassung " + word + "\",\"body\":\"Messung\",\"topic\":\"Breitband\","
          + "\"phase\":\"Pilot\",\"visibility\":\"NETWORK\",\"sharedWith\":[]}");
      if (c.statusCode() != 201) throw new IllegalStateException("case: " + c.body());
      String id = topLevelId(c.body());
      HttpResponse<String> p = post(a, "/api/cases/" + id + "/publish", mayor, "");
      if (p.statusCode() != 200) throw new IllegalStateException("publish: " + p.body());
      long t0 = System.nanoTime();
      boolean found = false;
      while (!found && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10)) {
        found = get(b, "/api/search?q=" + word, admin).body().contains("\"id\":" + id + ",");
        if (!found) Thread.sleep(10);
      }
      millis[i] = (System.nanoTime() - t0) / 1_000_000;
      if (!found) missing++;
    }
    Arrays.sort(millis);
    System.out.printf("searchable.writes=%d%nsearchable.notFoundWithin10s=%d%n", writes, missing);
    System.out.printf("searchable.p50Ms=%d%n", millis[writes / 2]);
    System.out.printf("searchable.p99Ms=%d%n", millis[(int) (writes * 0.99)]);
  }
}
