// Chat load check (compiled with RawSubscribers.java and run by bench/chat/run; needs a server
// started with demo data).
//   ChatBench idle   <base> <connections> <serverPid>
//   ChatBench fanout <base> <subscribers> <messagesPerSecond> <seconds> <serverPid>
//   ChatBench catchup <base> <missedMessages> <rounds>
// Loopback only, bounded in connections and time. Uses only the JDK. The fan-out subscribers are
// plain sockets on one selector thread (RawSubscribers); CHAT_BENCH_CLIENT=jdk uses the JDK's
// WebSocket client for them instead, as before.
import de.pilotnetz.bench.Quiet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

public class ChatBench {
  static final String PASSWORD = "Pilotnetz-Demo-2026";
  static final String[] ACCOUNTS = {"buergermeisterin", "verwaltung", "expertin", "moderation", "admin"};
  static final String MARK = "\"text\":\"t=";
  static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    String base = args[1];
    switch (args[0]) {
      case "idle" -> idle(base, Integer.parseInt(args[2]), Long.parseLong(args[3]));
      case "fanout" -> fanout(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Long.parseLong(args[5]));
      case "catchup" -> catchup(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  static String login(String base, String who) throws Exception {
    String body = "{\"email\":\"" + who + "@demo.pilotnetz.example\",\"password\":\"" + PASSWORD + "\"}";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException("login " + who + ": " + r.body());
    return field(r.body(), "token");
  }

  static String field(String json, String name) {
    int i = json.indexOf("\"" + name + "\":");
    int start = i + name.length() + 3;
    if (json.charAt(start) == '"') return json.substring(start + 1, json.indexOf('"', start + 1));
    int end = start;
    while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-')) end++;
    return json.substring(start, end);
  }

  static WebSocket open(String base, String session, WebSocket.Listener l) {
    return http.newWebSocketBuilder().header("Cookie", "PILOTNETZ_SESSION=" + session)
        .header("Origin", base).connectTimeout(Duration.ofSeconds(30))
        .buildAsync(URI.create(base.replace("http://", "ws://") + "/ws"), l).join();
  }

  static long heapUsedAfterGc(long pid) throws Exception {
    Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor();
    Thread.sleep(1000);
    p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    // "def new generation total 1234K, used 567K" lines; sum every "used NNNK"
    long used = 0;
    for (String part : out.split("used ")) {
      int k = part.indexOf('K');
      if (k > 0 && part.substring(0, k).chars().allMatch(Character::isDigit)) used += Long.parseLong(part.substring(0, k));
    }
    return used * 1024;
  }

  static void idle(String base, int n, long pid) throws Exception {
    String session = login(base, "verwaltung");
    long before = heapUsedAfterGc(pid);
    List<WebSocket> sockets = new ArrayList<>(n);
    WebSocket.Listener quiet = new WebSocket.Listener() {};
    long t0 = System.nanoTime();
    List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pending.add(http.newWebSocketBuilder().header("Cookie", "PILOTNETZ_SESSION=" + session).header("Origin", base)
          .connectTimeout(Duration.ofSeconds(60)).buildAsync(URI.create(base.replace("http://", "ws://") + "/ws"), quiet));
      if (pending.size() == 200) {
        for (var f : pending) sockets.add(f.get(60, TimeUnit.SECONDS));
        pending.clear();
      }
    }
    for (var f : pending) sockets.add(f.get(60, TimeUnit.SECONDS));
    double openSeconds = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(3000);
    long after = heapUsedAfterGc(pid);
    double perConn = (after - before) / (double) n;
    System.out.printf("idle.connections=%d%n", sockets.size());
    System.out.printf("idle.openSeconds=%.1f%n", openSeconds);
    System.out.printf("idle.heapBeforeMiB=%.1f%n", before / 1048576.0);
    System.out.printf("idle.heapAfterMiB=%.1f%n", after / 1048576.0);
    System.out.printf("idle.bytesPerConnection=%.0f%n", perConn);
    System.out.printf("idle.connectionsPerGiB=%.0f%n", (1L << 30) / perConn);
    System.out.printf("idle.heapFor20000MiB=%.0f%n", 20000 * perConn / 1048576.0);
    for (WebSocket s : sockets) s.abort();
  }

  /** User and system CPU seconds from /proc (Linux); system time includes loopback TCP work. */
  static double[] cpuSplit(long pid) {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new double[] {Long.parseLong(f[11]) / 100.0, Long.parseLong(f[12]) / 100.0};
    } catch (Exception e) {
      return new double[] {-1, -1};
    }
  }

  static final int WARMUP_SECONDS = 5;

  static void fanout(String base, int subscribers, int rate, int seconds, long serverPid) throws Exception {
    String[] sessions = new String[ACCOUNTS.length];
    for (int i = 0; i < ACCOUNTS.length; i++) sessions[i] = login(base, ACCOUNTS[i]);
    // a public room: every subscriber may read it without an invitation
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat/rooms"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + sessions[0])
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"PUBLIC\",\"name\":\"Lasttest " + System.nanoTime() + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    long room = Long.parseLong(field(created.body(), "id"));
    int total = rate * seconds;
    long[] latencies = new long[subscribers * total];
    AtomicInteger count = new AtomicInteger();
    AtomicLong lost = new AtomicLong();
    LongAdder messages = new LongAdder();
    boolean jdkClient = "jdk".equals(System.getenv("CHAT_BENCH_CLIENT"));
    RawSubscribers raw = jdkClient ? null : new RawSubscribers((sent, now) -> {
      int idx = count.getAndIncrement();
      if (idx < latencies.length) latencies[idx] = now - sent;
    });
    CountDownLatch subscribed = new CountDownLatch(jdkClient ? subscribers : 0);
    List<WebSocket> sockets = new ArrayList<>();
    for (int i = 0; i < subscribers && raw != null; i++) {
      raw.add(base, sessions[i % sessions.length], room);
    }
    for (int i = 0; i < subscribers && jdkClient; i++) {
      WebSocket.Listener l = new WebSocket.Listener() {
        final StringBuilder buf = new StringBuilder();
        boolean ponged;
        // Per message only a scan for the timestamp marker: the server may batch several frames
        // into one message, one per line, and each message frame holds one "text":"t=<nanos>".
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
          if (!last || buf.length() > 0) {
            buf.append(data);
            if (!last) {
              ws.request(1);
              return null;
            }
            data = buf.toString();
            buf.setLength(0);
          }
          String f = data.toString();
          messages.increment();
          if (!ponged && f.contains("{\"op\":\"pong\"")) {
            ponged = true;
            subscribed.countDown();
          }
          long now = System.nanoTime();
          for (int at = f.indexOf(MARK); at >= 0; at = f.indexOf(MARK, at)) {
            at += MARK.length();
            long sent = 0;
            for (char c; at < f.length() && (c = f.charAt(at)) >= '0' && c <= '9'; at++) sent = sent * 10 + (c - '0');
            int idx = count.getAndIncrement();
            if (idx < latencies.length) latencies[idx] = now - sent;
          }
          ws.request(1);
          return null;
        }
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
          lost.incrementAndGet();
          return null;
        }
      };
      WebSocket ws = open(base, sessions[i % sessions.length], l);
      ws.sendText("{\"op\":\"subscribe\",\"room\":" + room + ",\"since\":0}", true).join();
      ws.sendText("{\"op\":\"ping\"}", true).join();
      sockets.add(ws);
    }
    long confirmDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (raw != null && raw.ponged.get() < subscribers && System.nanoTime() < confirmDeadline) Thread.sleep(50);
    if (!subscribed.await(120, TimeUnit.SECONDS) || (raw != null && raw.ponged.get() < subscribers)) {
      throw new IllegalStateException("subscriptions not confirmed");
    }
    System.out.printf("fanout.client=%s%n", jdkClient ? "jdk (java.net.http WebSocket)" : "raw (one selector thread)");
    WebSocket sender = open(base, sessions[0], new WebSocket.Listener() {});
    // Steady state, not start-up: let the server finish its start (search index build, JIT), then
    // warm the delivery path with unmeasured messages ("w=" is not the measured marker).
    double idleAfter = Quiet.waitQuiet(serverPid, 120);
    for (int i = 0; i < rate * WARMUP_SECONDS; i++) {
      sender.sendText("{\"op\":\"send\",\"room\":" + room + ",\"clientMsgId\":\"w" + i + "\",\"text\":\"w=" + i + "\"}", true).join();
      TimeUnit.MILLISECONDS.sleep(1000 / rate);
    }
    Thread.sleep(2000);
    System.out.printf("fanout.warmup server and machine quiet after %.0f s, then %d s of unmeasured messages%n", idleAfter, WARMUP_SECONDS);
    double[] serverSplit0 = cpuSplit(serverPid);
    double[] clientSplit0 = cpuSplit(ProcessHandle.current().pid());
    double serverCpu0 = Quiet.cpuSeconds(serverPid);
    double clientCpu0 = Quiet.cpuSeconds(ProcessHandle.current().pid());
    long wall0 = System.nanoTime();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      sender.sendText("{\"op\":\"send\",\"room\":" + room + ",\"clientMsgId\":\"b" + i + "\",\"text\":\"t=" + System.nanoTime() + "\"}", true).join();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (count.get() < latencies.length && System.nanoTime() < deadline) Thread.sleep(100);
    double wall = (System.nanoTime() - wall0) / 1e9;
    System.out.printf("fanout.cpuSeconds server=%.1f client=%.1f over %.1f s wall; load average %s%n",
        Quiet.cpuSeconds(serverPid) - serverCpu0, Quiet.cpuSeconds(ProcessHandle.current().pid()) - clientCpu0, wall,
        new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
    double[] serverSplit = cpuSplit(serverPid);
    double[] clientSplit = cpuSplit(ProcessHandle.current().pid());
    System.out.printf("fanout.cpuUserSystem server=%.1f/%.1f client=%.1f/%.1f%n", serverSplit[0] - serverSplit0[0],
        serverSplit[1] - serverSplit0[1], clientSplit[0] - clientSplit0[0], clientSplit[1] - clientSplit0[1]);
    int n = Math.min(count.get(), latencies.length);
    long[] got = Arrays.copyOf(latencies, n);
    Arrays.sort(got);
    System.out.printf("fanout.subscribers=%d%n", subscribers);
    System.out.printf("fanout.messages=%d at %d/s%n", total, rate);
    System.out.printf("fanout.deliveries=%d of %d expected; closed connections=%d%n", n, latencies.length,
        raw == null ? lost.get() : raw.closed.get());
    long wsMessages = raw == null ? messages.sum() : raw.messages.sum();
    System.out.printf("fanout.websocketMessages=%d (%.2f frames per message)%n", wsMessages,
        wsMessages == 0 ? 0.0 : count.get() / (double) wsMessages);
    if (n > 0) {
      System.out.printf("fanout.p50Ms=%.1f%n", got[n / 2] / 1e6);
      System.out.printf("fanout.p99Ms=%.1f%n", got[(int) (n * 0.99)] / 1e6);
      System.out.printf("fanout.maxMs=%.1f%n", got[n - 1] / 1e6);
    }
    for (WebSocket s : sockets) s.abort();
    if (raw != null) raw.close();
    sender.abort();
  }

  /**
   * A reader misses {@code missed} messages, then reconnects and subscribes with the last seq it
   * saw; the time from sending {@code subscribe} to the last missed event, over {@code rounds}.
   */
  /**
   * Runs {@code onMatch} once per occurrence of {@code marker} in every whole message; a message
   * may arrive in parts and may carry several frames, one per line.
   */
  static WebSocket.Listener counting(String marker, Runnable onMatch) {
    return new WebSocket.Listener() {
      final StringBuilder buf = new StringBuilder();

      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        buf.append(data);
        if (last) {
          for (int at = indexOf(buf, marker, 0); at >= 0; at = indexOf(buf, marker, at + 1)) {
            onMatch.run();
          }
          buf.setLength(0);
        }
        ws.request(1);
        return null;
      }
    };
  }

  static void catchup(String base, int missed, int rounds) throws Exception {
    String sender = login(base, ACCOUNTS[0]);
    String reader = login(base, ACCOUNTS[1]);
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat/rooms"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + sender)
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"PUBLIC\",\"name\":\"Aufholen " + System.nanoTime() + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    long room = Long.parseLong(field(created.body(), "id"));
    AtomicInteger acks = new AtomicInteger();
    WebSocket out = open(base, sender, counting("\"op\":\"ack\"", acks::incrementAndGet));
    long[] millis = new long[rounds];
    long seen = 0;
    for (int round = 0; round < rounds; round++) {
      int target = acks.get() + missed;
      for (int i = 0; i < missed; i++) {
        out.sendText("{\"op\":\"send\",\"room\":" + room + ",\"clientMsgId\":\"u" + round + "-" + i
            + "\",\"text\":\"verpasst " + i + "\"}", true).join();
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acks.get() < target && System.nanoTime() < deadline) Thread.sleep(5);
      if (acks.get() < target) throw new IllegalStateException("sender not acknowledged in 120 s");
      CountDownLatch all = new CountDownLatch(missed);
      WebSocket in = open(base, reader, counting("\"op\":\"event\"", all::countDown));
      long t0 = System.nanoTime();
      in.sendText("{\"op\":\"subscribe\",\"room\":" + room + ",\"since\":" + seen + "}", true).join();
      if (!all.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("catch-up incomplete after 60 s");
      millis[round] = (System.nanoTime() - t0) / 1_000_000;
      seen += missed;
      in.abort();
    }
    out.abort();
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf("catchup.missed=%d%n", missed);
    System.out.printf("catchup.rounds=%d%n", rounds);
    System.out.printf("catchup.p50Ms=%d%n", sorted[rounds / 2]);
    System.out.printf("catchup.p99Ms=%d%n", sorted[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.99) - 1)]);
  }

  static int indexOf(CharSequence s, String what, int from) {
    return s.toString().indexOf(what, from);
  }
}
