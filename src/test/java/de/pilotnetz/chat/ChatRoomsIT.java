package de.pilotnetz.chat;

import static de.pilotnetz.chat.ChatIT.id;
import static de.pilotnetz.chat.ChatIT.num;
import static de.pilotnetz.chat.ChatIT.room;
import static de.pilotnetz.chat.ChatIT.send;
import static de.pilotnetz.chat.ChatIT.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Members;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rooms, unread counts and read markers, typing and presence, office hours, and chat in search. */
@ExtendWith(ArquillianExtension.class)
class ChatRoomsIT {
  @ArquillianResource URL base;

  URI root() {
    return new Api(base).base();
  }

  Api create(String role) {
    Long town = "EXPERT".equals(role) ? null : Members.municipality(root(), "Wunsiedel");
    return Members.create(root(), role, town).api(root());
  }

  static JsonObject listed(Api api, long room) {
    return api.get("api/chat/rooms").arr().getValuesAs(JsonObject.class).stream()
        .filter(r -> num(r, "id") == room).findFirst().orElse(null);
  }

  @Test
  void unreadCountsFollowTheReadMarkerAndTypingAndPresenceReachTheRoom() {
    Api a = create("MAYOR");
    Api b = create("STAFF");
    long room = room(a, "DIRECT", id(b));
    try (ChatClient ca = ChatClient.connect(a); ChatClient cb = ChatClient.connect(b)) {
      cb.send(subscribe(room, 0));
      cb.send("{\"op\":\"ping\"}");
      cb.await("pong");
      ca.send(subscribe(room, 0));
      assertEquals(id(a), num(cb.await(f -> "presence".equals(f.getString("op"))
          && num(f, "member") != id(b)), "member"));
      ca.send(send(room, "u1", "Hallo @Test Staff"));
      ca.send(send(room, "u2", "Noch eine Frage"));
      ca.await("ack");
      JsonObject second = ca.await("ack");
      assertEquals(2, num(listed(b, room), "unread"));
      assertEquals(0, num(listed(a, room), "unread"));
      ca.send(Json.createObjectBuilder().add("op", "typing").add("room", room).build());
      assertEquals(id(a), num(cb.await("typing"), "member"));
      cb.send(Json.createObjectBuilder().add("op", "read").add("room", room).add("seq", num(second, "seq")).build());
      JsonObject unread = cb.await("unread");
      assertEquals(0, num(unread, "count"));
      assertEquals(0, num(listed(b, room), "unread"));
    }
  }

  static boolean mentionedIn(Api api, long room) {
    return api.get("api/notifications?size=100").obj().getJsonArray("items").getValuesAs(JsonObject.class)
        .stream().anyMatch(n -> ChatMentionNotifier.TYPE.equals(n.getString("type"))
            && ("#/chat/" + room).equals(n.getString("link")));
  }

  @Test
  void aMentionNotifiesTheNamedRoomMemberOnly() {
    Api a = create("MAYOR");
    Api b = create("STAFF");
    Api outsider = create("EXPERT"); // "Test Expert", not in the room
    long room = room(a, "PRIVATE", id(b));
    try (ChatClient ca = ChatClient.connect(a)) {
      ca.send(send(room, "m1", "Bitte prüfen, @Test Staff und @Test Expert – @Test Mayor weiß Bescheid"));
      ca.await("ack"); // after commit, and the notification was written after that commit
    }
    assertTrue(mentionedIn(b, room), "the mentioned member is notified");
    JsonObject n = b.get("api/notifications?size=100").obj().getJsonArray("items").getValuesAs(JsonObject.class)
        .stream().filter(x -> ("#/chat/" + room).equals(x.getString("link"))).findFirst().orElseThrow();
    assertTrue(n.toString().contains("Bitte prüfen"), n::toString);
    assertFalse(mentionedIn(outsider, room), "a non-member learns nothing");
    assertFalse(mentionedIn(a, room), "the author is not notified about the own message");
  }

  @Test
  void theDataExportHoldsTheMembersOwnExistingMessagesOnly() {
    Api a = create("MAYOR");
    Api b = create("STAFF");
    long room = room(a, "DIRECT", id(b));
    String mine = "Meine Frage " + UUID.randomUUID();
    String gone = "Gleich gelöscht " + UUID.randomUUID();
    String theirs = "Fremde Antwort " + UUID.randomUUID();
    try (ChatClient ca = ChatClient.connect(a); ChatClient cb = ChatClient.connect(b)) {
      ca.send(send(room, "e1", mine));
      long mineId = num(ca.await("ack"), "id");
      ca.send(send(room, "e2", gone));
      long goneId = num(ca.await("ack"), "id");
      ca.send(Json.createObjectBuilder().add("op", "delete").add("room", room).add("id", goneId).build());
      cb.send(send(room, "e3", theirs));
      cb.await("ack");
      ca.send(subscribe(room, 0));
      ca.await(f -> "event".equals(f.getString("op")) && "delete".equals(f.getString("kind")));

      var export = a.get("api/me/export");
      assertEquals(200, export.status(), export::toString);
      var messages = export.obj().getJsonArray("chatMessages").getValuesAs(JsonObject.class);
      JsonObject own = messages.stream().filter(m -> num(m, "id") == mineId).findFirst().orElseThrow();
      assertEquals(mine, own.getString("text"));
      assertEquals(room, num(own, "roomId"));
      assertFalse(export.body().contains(theirs), "other members' messages are theirs");
      assertFalse(export.body().contains(gone), "deleted messages keep no text");
      assertTrue(b.get("api/me/export").body().contains(theirs));
    }
  }

  @Test
  void directMessagesAreLimitedToTenPeopleAndPrivateRoomsToInvitees() {
    Api a = create("MAYOR");
    var many = Json.createArrayBuilder();
    for (long i = 1; i <= 10; i++) {
      many.add(i);
    }
    assertEquals(400, a.post("api/chat/rooms", Json.createObjectBuilder().add("kind", "DIRECT")
        .add("memberIds", many).build().toString()).status());
    Api b = create("STAFF");
    long room = room(a, "PRIVATE");
    assertEquals(null, listed(b, room));
    assertEquals(200, a.post("api/chat/rooms/" + room + "/members", "{\"memberId\":" + id(b) + "}").status());
    assertTrue(listed(b, room).getBoolean("member"));
    assertEquals(204, b.delete("api/chat/rooms/" + room + "/members").status());
    assertEquals(null, listed(b, room));

    Api.Res dm = a.post("api/chat/rooms", Json.createObjectBuilder().add("kind", "DIRECT")
        .add("memberIds", Json.createArrayBuilder().add(id(b))).build().toString());
    assertEquals(201, dm.status(), dm::toString);
    long dmId = num(dm.obj(), "id");
    assertEquals("Test Mayor, Test Staff", listed(a, dmId).getString("name"), "unnamed: all participants");
    assertEquals("Test Mayor, Test Staff", listed(b, dmId).getString("name"), "the same for the other side");
  }

  @Test
  void expertsScheduleOfficeHoursAndPublishTheSelectionAsAThread() {
    Api expert = create("EXPERT");
    Api mayor = create("MAYOR");
    Api outsider = create("STAFF");
    long room = room(expert, "PRIVATE", id(mayor));
    String start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    String body = Json.createObjectBuilder().add("roomId", room).add("topic", "Sprechstunde Glasfaser")
        .add("startsAt", start).add("durationMinutes", 60).build().toString();
    assertEquals(403, mayor.post("api/chat/office-hours", body).status());
    Api.Res created = expert.post("api/chat/office-hours", body);
    assertEquals(201, created.status(), created.toString());
    long oh = num(created.obj(), "id");
    assertTrue(mayor.get("api/chat/office-hours").arr().getValuesAs(JsonObject.class).stream()
        .anyMatch(o -> num(o, "id") == oh));
    assertTrue(outsider.get("api/chat/office-hours").arr().getValuesAs(JsonObject.class).stream()
        .noneMatch(o -> num(o, "id") == oh));
    long question;
    long answer;
    try (ChatClient m = ChatClient.connect(mayor); ChatClient e = ChatClient.connect(expert)) {
      m.send(send(room, "q", "Wie tief verlegen Sie im Trenching?"));
      question = num(m.await("ack"), "id");
      e.send(send(room, "a", "Meist 30 bis 40 Zentimeter."));
      answer = num(e.await("ack"), "id");
    }
    String selection = "{\"questionIds\":[" + question + "],\"answerIds\":[" + answer + "]}";
    assertEquals(403, mayor.post("api/chat/office-hours/" + oh + "/publication", selection).status());
    Api.Res published = expert.post("api/chat/office-hours/" + oh + "/publication", selection);
    assertEquals(200, published.status(), published.toString());
    assertEquals("PUBLISHED", published.obj().getString("publication"));
    long thread = num(published.obj(), "threadId");
    Api.Res t = mayor.get("api/threads/" + thread);
    assertEquals(200, t.status(), t.toString());
    assertTrue(t.body().contains("Wie tief verlegen Sie im Trenching?"), t.toString());
    assertTrue(t.body().contains("Meist 30 bis 40 Zentimeter."), t.toString());
    assertTrue(t.body().contains("#/chat?room=" + room), "the thread links back to the chat room: " + t);
    assertEquals(400, expert.post("api/chat/office-hours/" + oh + "/publication",
        "{\"questionIds\":[],\"answerIds\":[" + answer + "]}").status(), "a thread needs a question");
  }

  @Test
  void searchFindsChatMessagesOfTheCallersRoomsOnly() throws InterruptedException {
    Api a = create("MAYOR");
    Api stranger = create("STAFF");
    long room = room(a, "PRIVATE");
    String word = "Zauberwort" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("\\d", "x");
    try (ChatClient c = ChatClient.connect(a)) {
      c.send(send(room, "s", "Das " + word + " steht im Chat"));
      c.await("ack");
    }
    long total = 0;
    for (int i = 0; i < 50 && total == 0; i++) {
      Thread.sleep(200);
      total = a.get("api/search?q=" + word).obj().getJsonNumber("total").longValue();
    }
    assertEquals(1, total);
    assertEquals(0, stranger.get("api/search?q=" + word).obj().getJsonNumber("total").longValue());
  }
}
