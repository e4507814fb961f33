package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.Members;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The chat WebSocket through a real client: ordering, ack after commit, gap-free replay, bad input. */
@ExtendWith(ArquillianExtension.class)
class ChatIT {
  @ArquillianResource URL base;

  URI root() {
    return new Api(base).base();
  }

  Api member() {
    return Members.create(root(), "MAYOR", Members.municipality(root(), "Wunsiedel")).api(root());
  }

  static long room(Api owner, String kind, Long... others) {
    var ids = Json.createArrayBuilder();
    for (Long o : others) {
      ids.add(o);
    }
    Api.Res r = owner.post("api/chat/rooms", Json.createObjectBuilder().add("kind", kind)
        .add("name", "Testraum " + UUID.randomUUID()).add("memberIds", ids).build().toString());
    assertEquals(201, r.status(), r.toString());
    return r.obj().getJsonNumber("id").longValue();
  }

  static long id(Api api) {
    return api.get("api/me").obj().getJsonNumber("id").longValue();
  }

  static JsonObject send(long room, String clientId, String text) {
    return Json.createObjectBuilder().add("op", "send").add("room", room).add("clientMsgId", clientId)
        .add("text", text).build();
  }

  static JsonObject subscribe(long room, long since) {
    return Json.createObjectBuilder().add("op", "subscribe").add("room", room).add("since", since).build();
  }

  static long num(JsonObject o, String f) {
    return o.getJsonNumber(f).longValue();
  }

  @Test
  void acksOnlyCommittedMessagesAndKeepsTheirOrder() {
    Api a = member();
    long room = room(a, "PUBLIC");
    try (ChatClient c = ChatClient.connect(a)) {
      c.send(subscribe(room, 0));
      for (int i = 1; i <= 5; i++) {
        c.send(send(room, "m" + i, "Nachricht " + i));
        JsonObject ack = c.await("ack");
        assertEquals("m" + i, ack.getString("clientMsgId"));
        assertEquals(i, num(ack, "seq"));
        // acked means committed: the message is readable at once, from another session
        List<JsonObject> history = a.get("api/chat/rooms/" + room + "/messages?after=" + (i - 1)).arr()
            .getValuesAs(JsonObject.class);
        assertEquals(num(ack, "id"), num(history.get(0), "id"));
      }
    }
    try (ChatClient c = ChatClient.connect(a)) {
      c.send(subscribe(room, 0));
      List<JsonObject> events = c.events(room, 5);
      for (int i = 0; i < 5; i++) {
        assertEquals(i + 1, num(events.get(i), "seq"));
        assertEquals("Nachricht " + (i + 1), events.get(i).getJsonObject("message").getString("text"));
      }
    }
  }

  @Test
  void fourConcurrentSendersGiveEverySubscriberEverySeqOnceAndInOrder() throws Exception {
    Api owner = member();
    long room = room(owner, "PUBLIC");
    List<Api> senders = List.of(owner, member(), member(), member());
    int each = 10;
    try (ChatClient watcher = ChatClient.connect(owner)) {
      watcher.send(subscribe(room, 0));
      watcher.send("{\"op\":\"ping\"}");
      watcher.await("pong");
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Integer>> acks = new ArrayList<>();
      for (int s = 0; s < senders.size(); s++) {
        Api api = senders.get(s);
        int n = s;
        acks.add(pool.submit(() -> {
          try (ChatClient c = ChatClient.connect(api)) {
            for (int i = 0; i < each; i++) {
              c.send(send(room, "s" + n + "-" + i, "Sender " + n + " Nr. " + i));
            }
            int got = 0;
            while (got < each) {
              c.await("ack");
              got++;
            }
            return got;
          }
        }));
      }
      for (Future<Integer> f : acks) {
        assertEquals(each, f.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();
      List<JsonObject> events = watcher.events(room, 4 * each);
      for (int i = 0; i < events.size(); i++) {
        assertEquals(i + 1, num(events.get(i), "seq"), "seq at position " + i);
      }
      assertTrue(watcher.drain(500).stream().noneMatch(f -> "event".equals(f.getString("op"))),
          "no duplicates after the last event");
    }
    // a late subscriber replays the same 40 from the database
    try (ChatClient late = ChatClient.connect(owner)) {
      late.send(subscribe(room, 17));
      List<JsonObject> events = late.events(room, 4 * each - 17);
      assertEquals(18, num(events.get(0), "seq"));
      assertEquals(40, num(events.get(events.size() - 1), "seq"));
    }
  }

  @Test
  void reconnectCatchesUpWithMessagesEditsAndDeletes() throws Exception {
    Api a = member();
    Api b = member();
    long room = room(a, "PRIVATE", id(b));
    long first;
    long second;
    long seen;
    try (ChatClient ca = ChatClient.connect(a)) {
      ca.send(subscribe(room, 0));
      ca.send(send(room, "r1", "Erste Nachricht"));
      first = num(ca.await("ack"), "id");
      ca.send(send(room, "r2", "Zweite Nachricht"));
      second = num(ca.await("ack"), "id");
      seen = num(ca.events(room, 2).get(1), "seq");
    }
    // meanwhile, while a is offline
    try (ChatClient cb = ChatClient.connect(b); ChatClient a2 = ChatClient.connect(a)) {
      cb.send(send(room, "r3", "Antwort von B"));
      cb.await("ack");
      a2.send(Json.createObjectBuilder().add("op", "edit").add("room", room).add("id", first)
          .add("text", "Erste Nachricht (korrigiert)").build());
      a2.send(Json.createObjectBuilder().add("op", "delete").add("room", room).add("id", second).build());
      a2.send("{\"op\":\"ping\"}");
      a2.await("pong");
    }
    try (ChatClient back = ChatClient.connect(a)) {
      back.send(subscribe(room, seen));
      List<JsonObject> events = back.events(room, 3);
      assertEquals(List.of(seen + 1, seen + 2, seen + 3), events.stream().map(e -> num(e, "seq")).toList());
      assertEquals(List.of("message", "edit", "delete"), events.stream().map(e -> e.getString("kind")).toList());
      assertEquals("Erste Nachricht (korrigiert)", events.get(1).getJsonObject("message").getString("text"));
      assertEquals(second, num(events.get(2).getJsonObject("message"), "id"));
      assertTrue(events.get(2).getJsonObject("message").getBoolean("deleted"));
      assertEquals("", events.get(2).getJsonObject("message").getString("text"));
      // then live, with nothing missing or repeated at the switch
      back.send(send(room, "r4", "Wieder da"));
      JsonObject live = back.await("event");
      assertEquals(seen + 4, num(live, "seq"));
    }
  }

  @Test
  void resendingAClientMsgIdReturnsTheOriginalAckAndStoresNothing() {
    Api a = member();
    long room = room(a, "PUBLIC");
    JsonObject ack;
    try (ChatClient c = ChatClient.connect(a)) {
      c.send(send(room, "einmal", "Nur einmal speichern"));
      ack = c.await("ack");
    }
    try (ChatClient c = ChatClient.connect(a)) {
      c.send(send(room, "einmal", "Nur einmal speichern"));
      assertEquals(ack, c.await("ack"));
    }
    assertEquals(1, a.get("api/chat/rooms/" + room + "/messages").arr().size());
  }

  @Test
  void privateRoomsAreDeniedToOthersAndTheConnectionStaysUsable() {
    Api owner = member();
    Api stranger = member();
    long room = room(owner, "PRIVATE");
    try (ChatClient c = ChatClient.connect(stranger)) {
      c.send(subscribe(room, 0));
      assertEquals("not_found", c.await("error").getString("code"));
      c.send(send(room, "x", "Darf ich?"));
      assertEquals("not_found", c.await("error").getString("code"));
      c.send("{\"op\":\"ping\"}");
      c.await("pong");
    }
    assertEquals(404, stranger.get("api/chat/rooms/" + room + "/messages").status());
    assertEquals(404, stranger.post("api/chat/rooms/" + room + "/members", "{}").status());
  }

  @Test
  void moreThanTenMessagesInFiveSecondsAreRateLimited() {
    Api a = member();
    long room = room(a, "PUBLIC");
    try (ChatClient c = ChatClient.connect(a)) {
      for (int i = 0; i < 11; i++) {
        c.send(send(room, "rl" + i, "Nachricht " + i));
      }
      List<String> ops = new ArrayList<>();
      for (int i = 0; i < 11; i++) {
        JsonObject f = c.await(x -> !"event".equals(x.getString("op")));
        ops.add(f.getString("op").equals("error") ? f.getString("code") : f.getString("op"));
      }
      assertEquals(10, ops.stream().filter("ack"::equals).count(), ops.toString());
      assertTrue(ops.contains("rate_limited"), ops.toString());
    }
  }

  @Test
  void badInputIsAnsweredWithAnErrorFrameAndTheConnectionStaysUsable() {
    Api a = member();
    Api b = member();
    long room = room(a, "PUBLIC");
    try (ChatClient ca = ChatClient.connect(a); ChatClient cb = ChatClient.connect(b)) {
      ca.send("{kein json");
      assertEquals("malformed", ca.await("error").getString("code"));
      ca.send("[1,2]");
      assertEquals("malformed", ca.await("error").getString("code"));
      ca.send("{\"op\":\"tanzen\"}");
      assertEquals("unknown_op", ca.await("error").getString("code"));
      ca.send(send(room, "lang", "x".repeat(4001)));
      assertEquals("too_long", ca.await("error").getString("code"));
      ca.send("{\"op\":\"send\",\"room\":\"eins\"}");
      assertEquals("invalid", ca.await("error").getString("code"));
      ca.send(send(room, "ok", "Das geht"));
      long mine = num(ca.await("ack"), "id");
      cb.send(Json.createObjectBuilder().add("op", "edit").add("room", room).add("id", mine)
          .add("text", "Gekapert").build());
      assertEquals("forbidden", cb.await("error").getString("code"));
      cb.send(Json.createObjectBuilder().add("op", "delete").add("room", room).add("id", mine).build());
      assertEquals("forbidden", cb.await("error").getString("code"));
      ca.send("{\"op\":\"ping\"}");
      ca.await("pong");
      assertEquals("Das geht", a.get("api/chat/rooms/" + room + "/messages").arr().getJsonObject(0).getString("text"));
    }
  }

  @Test
  void withoutCredentialsIsClosedWithAPolicyReason() throws Exception {
    try (ChatClient c = ChatClient.open(root(), "ws", List.of())) {
      assertTrue(c.closed.get(10, TimeUnit.SECONDS).startsWith("1008"));
    }
  }

  @Test
  void aTicketWorksOnce() throws Exception {
    Api a = member();
    String ticket = a.post("api/chat/ticket", "").obj().getString("ticket");
    try (ChatClient c = ChatClient.open(root(), "ws?ticket=" + ticket, List.of())) {
      c.send("{\"op\":\"ping\"}");
      c.await("pong");
    }
    try (ChatClient c = ChatClient.open(root(), "ws?ticket=" + ticket, List.of())) {
      assertTrue(c.closed.get(10, TimeUnit.SECONDS).startsWith("1008"));
    }
  }

  @Test
  void theSessionCookieNeedsThisSitesOrigin() throws Exception {
    String session = Demo.logIn(root(), Demo.EMAIL.get("STAFF"), Demo.PASSWORD);
    String cookie = "PILOTNETZ_SESSION=" + session;
    String self = "http://127.0.0.1:" + root().getPort();
    try (ChatClient c = ChatClient.open(root(), "ws",
        List.of(new String[] {"Cookie", cookie}, new String[] {"Origin", "https://evil.example"}))) {
      String closed = c.closed.get(10, TimeUnit.SECONDS);
      assertTrue(closed.startsWith("1008"), closed);
    }
    try (ChatClient c = ChatClient.open(root(), "ws",
        List.of(new String[] {"Cookie", cookie}, new String[] {"Origin", self}))) {
      c.send("{\"op\":\"ping\"}");
      c.await("pong");
      assertFalse(c.closed.isDone());
    }
  }
}
