package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.Node;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes clustered through Hazelcast on one fresh PostgreSQL database: chat,
 * presence, the rate limit, notifications and search across nodes, and a node killed with
 * {@code kill -9} while messages flow. Run by {@code mvn verify -Pcluster} with
 * {@code PILOTNETZ_DB_URL} naming a PostgreSQL database (its server gets a database of the test's own).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {
  private static final Duration START = Duration.ofMinutes(4);

  private String adminUrl;
  private String database;
  private Node a;
  private Node b;

  @BeforeAll
  void startTwoNodes() throws Exception {
    String url = System.getenv("PILOTNETZ_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      fail("The two-node test needs PostgreSQL: set PILOTNETZ_DB_URL to a jdbc:postgresql: URL");
    }
    adminUrl = url;
    database = "pilotnetz_nodes_" + Long.toHexString(System.nanoTime());
    sql("create database " + database);
    String nodesUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
    Map<String, String> env = Map.of("PILOTNETZ_DB_URL", nodesUrl,
        "PILOTNETZ_DB_USER", orEmpty(System.getenv("PILOTNETZ_DB_USER")),
        "PILOTNETZ_DB_PASSWORD", orEmpty(System.getenv("PILOTNETZ_DB_PASSWORD")),
        "PILOTNETZ_DEMO", "true", "PILOTNETZ_ATTACHMENTS_STORE", "database"); // no shared directory
    int hz = Node.freePortPair();
    String cluster = "pilotnetz-it-" + UUID.randomUUID().toString().substring(0, 8);
    Path dir = Path.of("target/two-nodes").toAbsolutePath();
    deleteTree(dir); // indexes of an earlier run belong to another database
    a = Node.of("node-a", cluster, hz, List.of(hz, hz + 1), dir.resolve("a"), env);
    b = Node.of("node-b", cluster, hz + 1, List.of(hz, hz + 1), dir.resolve("b"), env);
    // one after the other: the first seeds the demo data into the empty database
    a.start().awaitReady(START);
    b.start().awaitReady(START);
  }

  @AfterAll
  void stopNodes() throws Exception {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (database != null) {
      sql("drop database if exists " + database);
    }
  }

  @Test
  @Order(1)
  void bothNodesReportOneClusterOfTwo() throws Exception {
    for (Node n : List.of(a, b)) {
      JsonObject cluster = awaitNodes(n, 2);
      assertEquals("cluster", cluster.getString("mode"));
      assertTrue(cluster.getString("name").startsWith("pilotnetz-it-"), cluster.toString());
    }
  }

  @Test
  @Order(2)
  void chatCrossesNodesInOrderWithoutGapsOrDuplicates() throws Exception {
    long room = room("Knotenraum");
    List<Node> senderNodes = List.of(a, b, a, b);
    List<String> senderRoles = List.of("ADMIN", "MODERATOR", "MAYOR", "STAFF");
    int each = 8;
    try (ChatClient onA = ChatClient.connect(Demo.as(a.base(), "EXPERT"));
        ChatClient onB = ChatClient.connect(Demo.as(b.base(), "STAFF"))) {
      onA.send(ChatIT.subscribe(room, 0));
      pingPong(onA);
      onB.send(ChatIT.subscribe(room, 0));
      // presence is cluster-wide: the expert, connected to node A only, is online on node B
      long expert = ChatIT.id(Demo.as(a.base(), "EXPERT"));
      onB.await(f -> "presence".equals(f.getString("op")) && f.getJsonNumber("member").longValue() == expert
          && "online".equals(f.getString("status")));
      onA.send(Json.createObjectBuilder().add("op", "typing").add("room", room).build());
      onB.await(f -> "typing".equals(f.getString("op")) && f.getJsonNumber("member").longValue() == expert);

      ExecutorService pool = Executors.newFixedThreadPool(senderRoles.size());
      List<Future<Integer>> sent = new ArrayList<>();
      for (int s = 0; s < senderRoles.size(); s++) {
        Api api = Demo.as(senderNodes.get(s).base(), senderRoles.get(s));
        int n = s;
        sent.add(pool.submit(() -> {
          try (ChatClient c = ChatClient.connect(api)) {
            for (int i = 0; i < each; i++) {
              c.send(ChatIT.send(room, "k" + n + "-" + i, "Knoten " + n + " Nr. " + i));
            }
            for (int i = 0; i < each; i++) {
              c.await("ack");
            }
            return each;
          }
        }));
      }
      for (Future<Integer> f : sent) {
        assertEquals(each, f.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();
      int total = senderRoles.size() * each;
      for (ChatClient watcher : List.of(onA, onB)) {
        List<JsonObject> events = watcher.events(room, total);
        for (int i = 0; i < total; i++) {
          assertEquals(i + 1, ChatIT.num(events.get(i), "seq"), "seq at position " + i);
        }
        assertTrue(watcher.drain(500).stream().noneMatch(f -> "event".equals(f.getString("op"))),
            "no duplicates after the last event");
      }
    }
  }

  @Test
  @Order(3)
  void theRateLimitHoldsPerMemberAcrossNodes() {
    long room = room("Taktraum");
    try (ChatClient onA = ChatClient.connect(Demo.as(a.base(), "EXPERT"));
        ChatClient onB = ChatClient.connect(Demo.as(b.base(), "EXPERT"))) {
      List<String> outcomes = new ArrayList<>();
      for (ChatClient c : List.of(onA, onB)) {
        for (int i = 0; i < 6; i++) {
          c.send(ChatIT.send(room, "takt-" + outcomes.size() + "-" + i, "Takt " + i));
        }
        for (int i = 0; i < 6; i++) {
          JsonObject f = c.await(x -> !"event".equals(x.getString("op")) && !"presence".equals(x.getString("op")));
          outcomes.add("error".equals(f.getString("op")) ? f.getString("code") : f.getString("op"));
        }
      }
      assertEquals(10, outcomes.stream().filter("ack"::equals).count(), outcomes.toString());
      assertEquals(2, outcomes.stream().filter("rate_limited"::equals).count(), outcomes.toString());
    }
  }

  @Test
  @Order(4)
  void aNotificationReachesTheTabOnTheOtherNode() throws Exception {
    Api mayorOnB = Demo.as(b.base(), "MAYOR");
    BlockingQueue<String> frames = new ArrayBlockingQueue<>(100);
    HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
        mayorOnB.request("api/notifications/stream").header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, stream.statusCode());
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("data:")) {
            frames.offer(line.substring(5).trim());
          }
        }
      } catch (Exception closed) {
        // the test closed the stream
      }
    });
    reader.setDaemon(true);
    reader.start();
    String title = "Frage über zwei Knoten " + UUID.randomUUID();
    Api.Res q = Demo.as(a.base(), "MAYOR").post("api/threads", Json.createObjectBuilder().add("title", title)
        .add("body", "Wer hat Erfahrung mit Lastverteilung?").add("topic", "Breitband")
        .add("tags", Json.createArrayBuilder().add("test")).add("visibility", "NETWORK")
        .add("sharedWith", Json.createArrayBuilder()).build().toString());
    assertEquals(201, q.status(), q::toString);
    long thread = ChatIT.num(q.obj(), "id");
    Api.Res answer = Demo.as(a.base(), "EXPERT").post("api/threads/" + thread + "/answers",
        "{\"body\":\"Danke @Karin Hofmann, wir verteilen über zwei Knoten.\"}");
    assertEquals(201, answer.status(), answer::toString);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    String found = null;
    List<String> seen = new ArrayList<>();
    while (found == null && System.nanoTime() < end) {
      String f = frames.poll(1, TimeUnit.SECONDS);
      if (f != null && f.contains("\"op\":\"notification\"") && f.contains("#/fragen/" + thread)) {
        found = f;
      } else if (f != null) {
        seen.add(f);
      }
    }
    stream.body().close();
    assertTrue(found != null, "the mention on node A reaches the mayor's tab on node B; frames: " + seen);
  }

  @Test
  @Order(5)
  void aCaseCommittedOnNodeAIsFoundOnNodeB() throws Exception {
    String word = marker();
    long id = publishCase(a, word);
    long millis = awaitFound(b, word, id, Duration.ofSeconds(10));
    assertTrue(millis >= 0);
  }

  @Test
  @Order(6)
  void anAttachmentUploadedOnNodeAIsServedByNodeBWithoutASharedDirectory() throws Exception {
    long id = publishCase(a, marker());
    var image = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x336699);
    var png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    String boundary = "----knoten" + UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.png\""
        + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(png.toByteArray());
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Api.Res up = Demo.as(a.base(), "MAYOR").send("POST", "api/cases/" + id + "/attachments",
        "multipart/form-data; boundary=" + boundary, java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    assertEquals(201, up.status(), up::toString);
    HttpResponse<byte[]> file = HttpClient.newHttpClient().send(Demo.as(b.base(), "MAYOR")
        .request("api/attachments/" + ChatIT.num(up.obj(), "id")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertTrue(java.util.Arrays.equals(png.toByteArray(), file.body()), "node B serves the bytes stored through node A");
  }

  @Test
  @Order(7)
  void aNodeKilledWhileMessagesFlowLosesNoAcknowledgedMessage() throws Exception {
    long room = room("Absturzraum");
    Api watcherOnB = Demo.as(b.base(), "STAFF");
    Api watcherOnA = Demo.as(a.base(), "STAFF");
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    Set<String> acked = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> senders = new ArrayList<>();
    Map<Long, String> ackedCases = new ConcurrentHashMap<>();
    senders.add(pool.submit(() -> publishUntilStopped(b, stop, ackedCases)));
    try (ChatClient watcher = ChatClient.connect(watcherOnB)) {
      watcher.send(ChatIT.subscribe(room, 0));
      pingPong(watcher);
      List<Node> nodes = List.of(a, b, a);
      List<String> roles = List.of("ADMIN", "MODERATOR", "MAYOR");
      for (int s = 0; s < roles.size(); s++) {
        Api api = Demo.as(nodes.get(s).base(), roles.get(s));
        int n = s;
        senders.add(pool.submit(() -> sendUntilStopped(api, room, "x" + n, stop, acked)));
      }
      // a few seconds of traffic, then node B dies under it
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
      while (System.nanoTime() < end) {
        JsonObject f = watcher.await(x -> "event".equals(x.getString("op")));
        seen.add(ChatIT.num(f, "seq"));
      }
      b.kill();
    }
    Thread.sleep(2_000); // the node-A senders keep going meanwhile
    stop.set(true);
    for (Future<?> f : senders) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    // the watcher reconnects to the node that is left and catches up from its last seq
    List<JsonObject> history = history(watcherOnA, room);
    long last = ChatIT.num(history.get(history.size() - 1), "seq");
    try (ChatClient again = ChatClient.connect(watcherOnA)) {
      long since = seen.isEmpty() ? 0 : seen.get(seen.size() - 1);
      again.send(ChatIT.subscribe(room, since));
      for (JsonObject e : again.events(room, (int) (last - since))) {
        seen.add(ChatIT.num(e, "seq"));
      }
      assertTrue(again.drain(500).stream().noneMatch(f -> "event".equals(f.getString("op"))), "no duplicates");
    }
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i + 1, seen.get(i), "the watcher's seq at position " + i + " of " + seen);
    }
    Set<String> stored = new HashSet<>();
    for (JsonObject m : history) {
      assertTrue(stored.add(m.getString("text")), "stored once: " + m);
    }
    Set<String> lost = new HashSet<>(acked);
    lost.removeAll(stored);
    assertTrue(lost.isEmpty(), "acknowledged but not stored: " + lost);
    assertTrue(acked.size() >= 10, "the load ran: " + acked.size() + " acknowledged");
    // cases acknowledged by the killed node are stored and searchable on the other one
    assertTrue(!ackedCases.isEmpty(), "cases were published on node B before it died");
    Api admin = Demo.as(a.base(), "ADMIN");
    for (Map.Entry<Long, String> c : ackedCases.entrySet()) {
      assertEquals(200, admin.get("api/cases/" + c.getKey()).status(), "case " + c.getKey());
      awaitFound(a, c.getValue(), c.getKey(), Duration.ofSeconds(10));
    }
  }

  private void publishUntilStopped(Node n, AtomicBoolean stop, Map<Long, String> acked) {
    try {
      while (!stop.get()) {
        String word = marker();
        acked.put(publishCase(n, word), word);
      }
    } catch (RuntimeException | AssertionError e) {
      // the node died under this writer: what it had acknowledged is recorded
    }
  }

  @Test
  @Order(8)
  void aRestartedNodeCatchesUpItsIndexBeforeItIsReady() throws Exception {
    b.kill(); // already dead after the previous test when run in order; harmless otherwise
    String word = marker();
    long id = publishCase(a, word);
    b.start().awaitReady(START);
    Api.Res r = Demo.as(b.base(), "ADMIN").get("api/search?q=" + word);
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.body().contains("\"id\":" + id + ","), "found at once after ready: " + r.body());
    awaitNodes(b, 2);
  }

  private void sendUntilStopped(Api api, long room, String prefix, AtomicBoolean stop, Set<String> acked) {
    try (ChatClient c = ChatClient.connect(api)) {
      for (int i = 0; !stop.get() && !c.closed.isDone(); i++) {
        String id = prefix + "-" + i;
        c.send(ChatIT.send(room, id, "Last " + id));
        JsonObject ack = c.await(f -> "ack".equals(f.getString("op")));
        acked.add("Last " + ack.getString("clientMsgId")); // the text, which the history shows
        Thread.sleep(550); // under the rate limit of 10 per 5 s
      }
    } catch (RuntimeException | InterruptedException | AssertionError e) {
      // the node died under this sender: what it had acknowledged is recorded
    }
  }

  private static List<JsonObject> history(Api api, long room) {
    List<JsonObject> all = new ArrayList<>();
    long after = 0;
    while (true) {
      Api.Res r = api.get("api/chat/rooms/" + room + "/messages?after=" + after + "&limit=100");
      assertEquals(200, r.status(), r::toString);
      List<JsonObject> page = r.arr().getValuesAs(JsonObject.class);
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      after = ChatIT.num(page.get(page.size() - 1), "seq");
    }
  }

  private long room(String name) {
    Api admin = Demo.as(a.base(), "ADMIN");
    var ids = Json.createArrayBuilder();
    for (String role : List.of("MODERATOR", "MAYOR", "STAFF", "EXPERT")) {
      ids.add(ChatIT.id(Demo.as(a.base(), role)));
    }
    Api.Res r = admin.post("api/chat/rooms", Json.createObjectBuilder().add("kind", "PUBLIC")
        .add("name", name + " " + UUID.randomUUID()).add("memberIds", ids).build().toString());
    assertEquals(201, r.status(), r::toString);
    return ChatIT.num(r.obj(), "id");
  }

  private static void pingPong(ChatClient c) {
    c.send("{\"op\":\"ping\"}");
    c.await("pong");
  }

  private static String marker() {
    return "knoten" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static long publishCase(Node n, String word) {
    Api mayor = Demo.as(n.base(), "MAYOR");
    Api.Res c = mayor.post("api/cases", Json.createObjectBuilder().add("title", "Zwei Knoten " + word)
        .add("summary", "Kurzfassung " + word).add("body", "Ein Fall, der auf einem Knoten entsteht.")
        .add("topic", "Breitband").add("phase", "Pilot").add("visibility", "NETWORK")
        .add("sharedWith", Json.createArrayBuilder()).build().toString());
    assertEquals(201, c.status(), c::toString);
    long id = ChatIT.num(c.obj(), "id");
    Api.Res p = mayor.post("api/cases/" + id + "/publish", "");
    assertEquals(200, p.status(), p::toString);
    return id;
  }

  /** Polls the node's search until the case is found; answers the milliseconds it took. */
  private static long awaitFound(Node n, String word, long id, Duration limit) throws InterruptedException {
    Api admin = Demo.as(n.base(), "ADMIN");
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < limit.toNanos()) {
      Api.Res r = admin.get("api/search?q=" + word);
      assertEquals(200, r.status(), r::toString);
      if (r.body().contains("\"id\":" + id + ",")) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError(word + " not found on " + n.name() + " within " + limit);
  }

  private static JsonObject awaitNodes(Node n, int count) throws InterruptedException {
    JsonObject cluster = null;
    for (int i = 0; i < 120; i++) {
      JsonObject ready = n.awaitReady(START);
      cluster = ready.getJsonArray("checks").stream().map(c -> c.asJsonObject())
          .filter(c -> "cluster".equals(c.getString("name"))).findFirst().orElseThrow().getJsonObject("data");
      if (Integer.parseInt(cluster.get("nodes").toString().replace("\"", "")) == count) {
        return cluster;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(n.name() + " sees " + cluster);
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl, orEmpty(System.getenv("PILOTNETZ_DB_USER")),
        orEmpty(System.getenv("PILOTNETZ_DB_PASSWORD"))); var s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (java.nio.file.Files.exists(dir)) {
      try (var paths = java.nio.file.Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(p);
        }
      }
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
