// Chat load check (run by bench/chat/run; needs a server started with demo data).
//   java ChatBench.java idle   <base> <connections> <serverPid>
//   java ChatBench.java fanout <base> <subscribers> <messagesPerSecond> <seconds>
// Loopback only, bounded in connections and time. Uses only the JDK (java.net.http).
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

public class ChatBench {
  static final String PASSWORD = "Pilotnetz-Demo-2026";
  static final String[] ACCOUNTS = {"buergermeisterin", "verwaltung", "expertin", "moderation", "admin"};
  static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    String base = args[1];
    switch (args[0]) {
      case "idle" -> idle(base, Integer.parseInt(args[2]), Long.parseLong(args[3]));
      case "fanout" -> fanout(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Long.parseLong(args[5]));
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

  static double cpuSeconds(long pid) {
    return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toMillis() / 1000.0).orElse(-1.0);
  }

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
    CountDownLatch subscribed = new CountDownLatch(subscribers);
    List<WebSocket> sockets = new ArrayList<>();
    for (int i = 0; i < subscribers; i++) {
      WebSocket.Listener l = new WebSocket.Listener() {
        final StringBuilder buf = new StringBuilder();
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
          buf.append(data);
          if (last) {
            String f = buf.toString();
            buf.setLength(0);
            if (f.startsWith("{\"op\":\"pong\"")) subscribed.countDown();
            int at = f.indexOf("\"text\":\"t=");
            if (at > 0 && f.contains("\"kind\":\"message\"")) {
              long sent = Long.parseLong(f.substring(at + 10, f.indexOf('"', at + 10)));
              int idx = count.getAndIncrement();
              if (idx < latencies.length) latencies[idx] = System.nanoTime() - sent;
            }
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
    if (!subscribed.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("subscriptions not confirmed");
    WebSocket sender = open(base, sessions[0], new WebSocket.Listener() {});
    double serverCpu0 = cpuSeconds(serverPid);
    double clientCpu0 = cpuSeconds(ProcessHandle.current().pid());
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
        cpuSeconds(serverPid) - serverCpu0, cpuSeconds(ProcessHandle.current().pid()) - clientCpu0, wall,
        new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
    int n = Math.min(count.get(), latencies.length);
    long[] got = Arrays.copyOf(latencies, n);
    Arrays.sort(got);
    System.out.printf("fanout.subscribers=%d%n", subscribers);
    System.out.printf("fanout.messages=%d at %d/s%n", total, rate);
    System.out.printf("fanout.deliveries=%d of %d expected; closed connections=%d%n", n, latencies.length, lost.get());
    if (n > 0) {
      System.out.printf("fanout.p50Ms=%.1f%n", got[n / 2] / 1e6);
      System.out.printf("fanout.p99Ms=%.1f%n", got[(int) (n * 0.99)] / 1e6);
      System.out.printf("fanout.maxMs=%.1f%n", got[n - 1] / 1e6);
    }
    for (WebSocket s : sockets) s.abort();
    sender.abort();
  }
}
