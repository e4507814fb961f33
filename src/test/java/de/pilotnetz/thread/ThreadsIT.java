package de.pilotnetz.thread;

import static de.pilotnetz.thread.Fixtures.answer;
import static de.pilotnetz.thread.Fixtures.ask;
import static de.pilotnetz.thread.Fixtures.id;
import static de.pilotnetz.thread.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Questions, answers, votes, acceptance, moderation, visibility and search, through REST. */
@ExtendWith(ArquillianExtension.class)
class ThreadsIT {

  @ArquillianResource URL base;
  URI root;
  Api mayor;
  Api expert;
  Api staff;
  Api moderator;
  JsonObject thread;
  long threadId;

  @BeforeEach
  void setUp() {
    root = new Api(base).base();
    mayor = Demo.as(root, "MAYOR");
    expert = Demo.as(root, "EXPERT");
    staff = Demo.as(root, "STAFF");
    moderator = Demo.as(root, "MODERATOR");
    thread = ask(mayor, "Glasfaser im Neubaugebiet " + UUID.randomUUID(),
        "Wie haben Sie den **Glasfaserausbau** im Neubaugebiet organisiert?", "Breitband", "NETWORK");
    threadId = id(thread);
  }

  long answerId(Res r) {
    assertTrue(r.status() == 201 || r.status() == 200, r::toString);
    return r.obj().getJsonNumber("id").longValue();
  }

  @Test
  void askedQuestionIsReadableWithSanitisedHtmlAndETag() {
    Res r = staff.get("api/threads/" + threadId);
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.obj().getString("bodyHtml").contains("<strong>Glasfaserausbau</strong>"), r::toString);
    assertEquals("\"" + r.obj().getJsonNumber("version") + "\"", r.header("ETag").orElse(""));
    assertEquals("ALL", mayor.get("api/threads/" + threadId).obj().getString("watchLevel"), "asker watches");
  }

  @Test
  void markdownScriptIsRemoved() {
    JsonObject t = ask(mayor, "Skript " + UUID.randomUUID(), "Hallo <script>alert(1)</script> [x](javascript:alert(1))",
        "Breitband", "NETWORK");
    String html = t.getString("bodyHtml");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("javascript:"), html);
  }

  @Test
  void anonymousSeesNoNetworkThread() {
    assertEquals(404, new Api(root).get("api/threads/" + threadId).status());
    assertEquals(200, staff.get("api/threads/" + threadId).status());
  }

  // When editing
  @Test
  void ifMatchIsRequiredAndChecked() {
    String body = "{\"title\":\"Neuer Titel\",\"body\":\"Neuer Text\"}";
    assertEquals(428, mayor.put("api/threads/" + threadId, body, null).status());
    assertEquals(412, mayor.put("api/threads/" + threadId, body, "\"999\"").status());
    String etag = mayor.get("api/threads/" + threadId).header("ETag").orElseThrow();
    Res ok = mayor.put("api/threads/" + threadId, body, etag);
    assertEquals(200, ok.status(), ok::toString);
    assertEquals("Neuer Titel", ok.obj().getString("title"));
    assertEquals(412, mayor.put("api/threads/" + threadId, body, etag).status(), "stale after the edit");
  }

  @Test
  void othersMayNotEditTheQuestion() {
    String etag = mayor.get("api/threads/" + threadId).header("ETag").orElseThrow();
    assertEquals(403, expert.put("api/threads/" + threadId, "{\"title\":\"X\",\"body\":\"Y\"}", etag).status());
  }

  @Test
  void answerEditsKeepRevisions() {
    long a = answerId(answer(expert, threadId, "Erste Fassung"));
    String etag = expert.get("api/threads/" + threadId).obj().getJsonArray("answers").getJsonObject(0)
        .getJsonNumber("version").toString();
    assertEquals(428, expert.put("api/answers/" + a, "{\"body\":\"Zweite Fassung\"}", null).status());
    Res r = expert.put("api/answers/" + a, "{\"body\":\"Zweite Fassung\"}", "\"" + etag + "\"");
    assertEquals(200, r.status(), r::toString);
    assertEquals(2, r.obj().getInt("revision"));
    assertEquals("Erste Fassung", expert.get("api/answers/" + a + "/revisions").arr().getJsonObject(0).getString("body"));
    assertEquals(403, staff.put("api/answers/" + a, "{\"body\":\"Fremd\"}", "\"" + etag + "\"").status());
  }

  // When answering
  @Test
  void sameClientRequestIdStoresOnce() {
    String body = "{\"body\":\"Wir haben Leerrohre mitverlegt.\",\"clientRequestId\":\"" + UUID.randomUUID() + "\"}";
    Res first = expert.post("api/threads/" + threadId + "/answers", body);
    Res second = expert.post("api/threads/" + threadId + "/answers", body);
    assertEquals(201, first.status(), first::toString);
    assertEquals(200, second.status(), second::toString);
    assertEquals(answerId(first), answerId(second));
    assertEquals(1, mayor.get("api/threads/" + threadId).obj().getJsonArray("answers").size());
  }

  @Test
  void idempotencyKeyHeaderWorksToo() {
    String key = UUID.randomUUID().toString();
    Res first = expert.send(expert.request("api/threads/" + threadId + "/answers").header("Idempotency-Key", key)
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"body\":\"Einmal\"}")));
    Res second = expert.send(expert.request("api/threads/" + threadId + "/answers").header("Idempotency-Key", key)
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"body\":\"Einmal\"}")));
    assertEquals(answerId(first), answerId(second));
    assertEquals(1, mayor.get("api/threads/" + threadId).obj().getInt("answerCount"));
  }

  @Test
  void lockedThreadRefusesAnswers() {
    assertEquals(403, mayor.post("api/threads/" + threadId + "/lock", "").status(), "only moderators lock");
    assertEquals(200, moderator.post("api/threads/" + threadId + "/lock", "").status());
    Res r = answer(expert, threadId, "Zu spät");
    assertEquals(409, r.status(), r::toString);
    assertTrue(r.contentType().contains("problem+json"));
    assertEquals(200, moderator.post("api/threads/" + threadId + "/unlock", "").status());
    assertEquals(201, answer(expert, threadId, "Jetzt geht es").status());
    assertTrue(auditHas("THREAD_LOCKED", "thread:" + threadId));
  }

  // When voting (on two answers)
  long a1;
  long a2;

  void twoAnswers() {
  a1 = answerId(answer(expert, threadId, "Antwort der Expertin"));
  a2 = answerId(answer(staff, threadId, "Antwort der Verwaltung"));
  }

  @Test
  void ownAnswerCannotBeVotedOn() {
    twoAnswers();
    Res r = expert.put("api/answers/" + a1 + "/vote", "{\"value\":1}", null);
    assertEquals(403, r.status(), r::toString);
    assertTrue(r.contentType().contains("problem+json"));
  }

  @Test
  void onlyMinusOneZeroOrOneAreValid() {
    twoAnswers();
    for (String bad : List.of("{\"value\":2}", "{\"value\":-5}", "{}")) {
      Res r = mayor.put("api/answers/" + a1 + "/vote", bad, null);
      assertEquals(400, r.status(), bad + " → " + r);
    }
  }

  @Test
  void votesChangeAndSortAnswers() {
    twoAnswers();
    assertEquals(1, mayor.put("api/answers/" + a2 + "/vote", "{\"value\":1}", null).obj().getInt("score"));
    assertEquals(1, moderator.put("api/answers/" + a2 + "/vote", "{\"value\":1}", null).obj().getInt("score") - 1);
    assertEquals(a2, first().getJsonNumber("id").longValue(), "higher score first");
    assertEquals(0, mayor.put("api/answers/" + a2 + "/vote", "{\"value\":-1}", null).obj().getInt("score"));
    assertEquals(1, mayor.put("api/answers/" + a2 + "/vote", "{\"value\":0}", null).obj().getInt("score"));
    assertEquals(0, mayor.get("api/threads/" + threadId).obj().getJsonArray("answers").stream()
        .filter(x -> x.asJsonObject().getJsonNumber("id").longValue() == a2).findFirst().orElseThrow()
        .asJsonObject().getInt("myVote"));
  }

  JsonObject first() {
    return mayor.get("api/threads/" + threadId).obj().getJsonArray("answers").getJsonObject(0);
  }

  @Test
  void askerOrModeratorAcceptsAndMayChange() {
    twoAnswers();
    Res denied = staff.post("api/threads/" + threadId + "/accept", json("answerId", a1));
    assertEquals(403, denied.status(), denied::toString);
    Res ok = mayor.post("api/threads/" + threadId + "/accept", json("answerId", a2));
    assertEquals(200, ok.status(), ok::toString);
    assertTrue(ok.obj().getBoolean("solved"));
    assertEquals(a2, ok.obj().getJsonArray("answers").getJsonObject(0).getJsonNumber("id").longValue());
    Res changed = moderator.post("api/threads/" + threadId + "/accept", json("answerId", a1));
    assertEquals(a1, changed.obj().getJsonNumber("acceptedAnswerId").longValue());
    assertEquals(a1, changed.obj().getJsonArray("answers").getJsonObject(0).getJsonNumber("id").longValue(),
        "accepted first, whatever the score");
    String solvedList = mayor.get("api/threads?solved=true&size=100").body();
    assertTrue(solvedList.contains("\"id\":" + threadId), solvedList);
  }

  @Test
  void unansweredQueueIsOldestFirstAndDropsAnsweredQuestions() {
    JsonObject later = ask(mayor, "Später " + UUID.randomUUID(), "Text", "Breitband", "NETWORK");
    List<Long> ids = ids(staff.get("api/threads?unanswered=true&topic=Breitband&size=100"));
    assertTrue(ids.indexOf(threadId) >= 0 && ids.indexOf(threadId) < ids.indexOf(id(later)), ids::toString);
    answer(expert, threadId, "Antwort");
    assertFalse(ids(staff.get("api/threads?unanswered=true&topic=Breitband&size=100")).contains(threadId));
  }

  List<Long> ids(Res r) {
    assertEquals(200, r.status(), r::toString);
    return r.obj().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  @Test
  void restrictedThreadIsInvisibleOutsideItsMunicipalities() {
    Fixtures.Person outsider = Fixtures.member(root, "STAFF", "Herrenberg", "de", "OFF", List.of());
    JsonObject secret = ask(mayor, "Vertraulich " + UUID.randomUUID(), "Haushaltsentwurf", "Energie", "RESTRICTED");
    long id = id(secret);
    assertEquals(200, staff.get("api/threads/" + id).status(), "same municipality");
    assertEquals(200, moderator.get("api/threads/" + id).status());
    assertEquals(404, outsider.api().get("api/threads/" + id).status());
    assertFalse(ids(outsider.api().get("api/threads?size=100&topic=Energie")).contains(id));
    assertEquals(404, answer(outsider.api(), id, "Hallo").status());
    assertEquals(404, outsider.api().post("api/flags", "{\"kind\":\"thread\",\"id\":" + id + ",\"reason\":\"x\"}").status());
  }

  @Test
  void flagQueueHideRestoreAndMoveAreModeratedAndAudited() {
    long a = answerId(answer(staff, threadId, "Werbung für ein Produkt"));
    Res f = mayor.post("api/flags", "{\"kind\":\"answer\",\"id\":" + a + ",\"reason\":\"Werbung\"}");
    assertEquals(201, f.status(), f::toString);
    assertEquals(403, mayor.get("api/moderation/queue").status());
    Res q = moderator.get("api/moderation/queue?size=100");
    assertTrue(q.body().contains("\"reason\":\"Werbung\""), q::toString);
    assertEquals(204, moderator.post("api/moderation/answer/" + a + "/hide", "").status());
    assertFalse(mayor.get("api/threads/" + threadId).body().contains("Werbung für ein Produkt"));
    assertEquals(404, mayor.put("api/answers/" + a + "/vote", "{\"value\":1}", null).status());
    assertEquals(204, moderator.post("api/moderation/answer/" + a + "/restore", "").status());
    assertTrue(mayor.get("api/threads/" + threadId).body().contains("Werbung für ein Produkt"));
    assertEquals(204, moderator.post("api/moderation/thread/" + threadId + "/hide", "").status());
    assertEquals(404, mayor.get("api/threads/" + threadId).status());
    assertEquals(200, moderator.get("api/threads/" + threadId).status());
    assertEquals(204, moderator.post("api/moderation/thread/" + threadId + "/restore", "").status());
    Res moved = moderator.put("api/threads/" + threadId + "/topic", "{\"topic\":\"Smart City\"}", null);
    assertEquals("Smart City", moved.obj().getString("topic"));
    assertTrue(auditHas("ANSWER_HIDDEN", "answer:" + a));
    assertTrue(auditHas("ANSWER_RESTORED", "answer:" + a));
    assertTrue(auditHas("THREAD_HIDDEN", "thread:" + threadId));
    assertTrue(auditHas("THREAD_MOVED", "thread:" + threadId));
  }

  boolean auditHas(String action, String target) {
    Res r = Demo.as(root, "ADMIN").get("api/admin/audit?action=" + action + "&size=100");
    return r.body().contains("\"" + target + "\"");
  }

  @Test
  void searchFindsNewThreadAsSolved() throws InterruptedException {
    String word = "Zauberwort" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    JsonObject t = ask(mayor, "Frage zu " + word, "Wer kennt " + word + "?", "Breitband", "NETWORK");
    Instant until = Instant.now().plus(Duration.ofSeconds(5));
    String body = "";
    while (Instant.now().isBefore(until)) {
      body = staff.get("api/search?q=" + word + "&type=thread").body();
      if (body.contains("\"id\":" + id(t))) {
        break;
      }
      Thread.sleep(200);
    }
    assertTrue(body.contains("\"id\":" + id(t)), body);
    assertTrue(body.contains("#/fragen/" + id(t)), body);
    assertFalse(new Api(root).get("api/search?q=" + word + "&type=thread").body().contains("\"id\":" + id(t)),
        "NETWORK thread not found anonymously");
  }

  @Test
  void statisticsShowMediansPerTopic() {
    long a = answerId(answer(expert, threadId, "Antwort"));
    mayor.post("api/threads/" + threadId + "/accept", json("answerId", a));
    Res r = staff.get("api/threads/stats");
    assertEquals(200, r.status(), r::toString);
    JsonObject breitband = r.arr().stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("topic").equals("Breitband")).findFirst().orElseThrow();
    assertTrue(breitband.getInt("answered") >= 1 && breitband.getInt("solved") >= 1, breitband::toString);
    assertFalse(breitband.isNull("medianMinutesToFirstAnswer"), breitband::toString);
  }

  @Test
  void demoNetworkHasTenThreadsSomeSolvedSomeOpen() {
    JsonObject all = staff.get("api/threads?size=100").obj();
    assertTrue(all.getInt("total") >= 10, all::toString);
    assertTrue(staff.get("api/threads?solved=true").obj().getInt("total") >= 3);
    assertTrue(staff.get("api/threads?unanswered=true").obj().getInt("total") >= 2);
  }
}
