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
import de.pilotnetz.testing.MailSink;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mentions, expert routing, watching, the notification list, live stream, e-mail and digests. */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  @ArquillianResource URL base;
  URI root;
  Api mayor;

  @BeforeEach
  void setUp() {
    root = new Api(base).base();
    mayor = Demo.as(root, "MAYOR");
    MailSink.start();
  }

  static List<JsonObject> notifications(Api api) {
    Res r = api.get("api/notifications?size=100");
    assertEquals(200, r.status(), r::toString);
    return r.obj().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
  }

  static boolean has(Api api, String type, long threadId) {
    return notifications(api).stream().anyMatch(n -> n.getString("type").equals(type)
        && n.getString("link").equals("#/fragen/" + threadId));
  }

  @Test
  void mentionOfSomeoneWhoCannotReadNotifiesNobodyAndLeaksNothing() {
    Fixtures.Person outsider = Fixtures.member(root, "STAFF", "Herrenberg", "de", "IMMEDIATE", List.of());
    Fixtures.Person insider = Fixtures.member(root, "STAFF", "Wunsiedel", "de", "IMMEDIATE", List.of());
    String secretTitle = "Geheimer Haushalt " + UUID.randomUUID();
    JsonObject t = ask(mayor, secretTitle, "Was meinen @" + outsider.name() + " und @" + insider.name() + "?",
        "Energie", "RESTRICTED");
    assertTrue(has(insider.api(), ThreadNotifier.MENTION, id(t)), "insider is notified");
    assertFalse(has(outsider.api(), ThreadNotifier.MENTION, id(t)));
    assertFalse(outsider.api().get("api/notifications?size=100").body().contains(secretTitle));
    assertTrue(MailSink.to(outsider.email()).stream().noneMatch(m -> MailSink.body(m).contains("#/fragen/" + id(t))));

    Message mail = MailSink.await(insider.email(), "vertraulich");
    String text = MailSink.body(mail);
    assertTrue(text.contains("#/fragen/" + id(t)), text);
    assertFalse(text.contains("Geheimer Haushalt") || MailSink.subject(mail).contains("Geheimer"), text);
    assertFalse(text.contains("Was meinen"), text);
  }

  @Test
  void mentionInNetworkThreadIsMailedInTheMembersLanguage() {
    Fixtures.Person english = Fixtures.member(root, "EXPERT", null, "en", "IMMEDIATE", List.of());
    JsonObject t = ask(mayor, "Offene Frage " + UUID.randomUUID(), "Kennt @" + english.name() + " gute Anbieter?",
        "Bildung", "NETWORK");
    assertTrue(has(english.api(), ThreadNotifier.MENTION, id(t)));
    Message mail = MailSink.await(english.email(), "Mention in");
    String text = MailSink.body(mail);
    assertTrue(text.startsWith("Hello "), text);
    assertTrue(text.contains("Kennt @"), "NETWORK content may be mailed: " + text);
    assertTrue(text.contains("#/fragen/" + id(t)), text);
  }

  @Test
  void newQuestionReachesExpertsOfTheTopicAndAnswersReachTheAsker() {
    Fixtures.Person expert = Fixtures.member(root, "EXPERT", null, "de", "OFF", List.of("Gesundheit"));
    Fixtures.Person other = Fixtures.member(root, "EXPERT", null, "de", "OFF", List.of("Bildung"));
    Fixtures.Person asker = Fixtures.member(root, "STAFF", "Wunsiedel", "de", "OFF", List.of());
    JsonObject t = ask(asker.api(), "Telemedizin " + UUID.randomUUID(), "Wer hat Erfahrung?", "Gesundheit", "NETWORK");
    assertTrue(has(expert.api(), ThreadNotifier.EXPERT, id(t)));
    assertFalse(has(other.api(), ThreadNotifier.EXPERT, id(t)));

    assertEquals(201, answer(expert.api(), id(t), "Wir schon.").status());
    assertTrue(has(asker.api(), ThreadNotifier.ANSWER, id(t)), "asker watches automatically");
    assertFalse(has(expert.api(), ThreadNotifier.ANSWER, id(t)), "not about one's own answer");

    Res unread = asker.api().get("api/notifications");
    long count = unread.obj().getJsonNumber("unread").longValue();
    assertTrue(count >= 1);
    Res read = asker.api().post("api/notifications/read", "{\"all\":true}");
    assertEquals(0, read.obj().getJsonNumber("unread").longValue(), read::toString);
  }

  @Test
  void mutedThreadStaysQuiet() {
    Fixtures.Person asker = Fixtures.member(root, "STAFF", "Wunsiedel", "de", "OFF", List.of());
    JsonObject t = ask(asker.api(), "Still " + UUID.randomUUID(), "Text", "Mobilität", "NETWORK");
    Res w = asker.api().put("api/watches", "{\"kind\":\"THREAD\",\"target\":\"" + id(t) + "\",\"level\":\"MUTED\"}", null);
    assertEquals(200, w.status(), w::toString);
    answer(Demo.as(root, "EXPERT"), id(t), "Antwort, die niemand hören soll");
    assertFalse(has(asker.api(), ThreadNotifier.ANSWER, id(t)));
    assertTrue(asker.api().get("api/watches").body().contains("MUTED"));
  }

  @Test
  void topicWatchersHearOfNewQuestions() {
    Fixtures.Person watcher = Fixtures.member(root, "MAYOR", "Arnsberg", "de", "OFF", List.of());
    assertEquals(200, watcher.api().put("api/watches", "{\"kind\":\"TOPIC\",\"target\":\"smart city\"}", null).status());
    JsonObject t = ask(mayor, "Sensoren " + UUID.randomUUID(), "Text", "Smart City", "NETWORK");
    assertTrue(has(watcher.api(), ThreadNotifier.WATCHED, id(t)) || has(watcher.api(), ThreadNotifier.EXPERT, id(t)));
  }

  @Test
  void weeklyDigestIsChosenByProfileAndSentOnce() {
    Fixtures.Person reader = Fixtures.member(root, "STAFF", "Arnsberg", "en", "WEEKLY", List.of("Gesundheit"));
    Api expert = Demo.as(root, "EXPERT");
    JsonObject inTopic = ask(mayor, "Pflege-Tablets " + UUID.randomUUID(), "Text", "Gesundheit", "NETWORK");
    // asked by an expert (no municipality), in a topic the reader did not list
    JsonObject elsewhere = ask(expert, "Fremdes Thema " + UUID.randomUUID(), "Text", "Breitband", "NETWORK");
    JsonObject open = ask(mayor, "Noch offen " + UUID.randomUUID(), "Text", "Gesundheit", "NETWORK");
    long a1 = answer(expert, id(inTopic), "Antwort").obj().getJsonNumber("id").longValue();
    assertEquals(200, mayor.post("api/threads/" + id(inTopic) + "/accept", json("answerId", a1)).status());
    long a2 = answer(Demo.as(root, "STAFF"), id(elsewhere), "Antwort").obj().getJsonNumber("id").longValue();
    assertEquals(200, expert.post("api/threads/" + id(elsewhere) + "/accept", json("answerId", a2)).status());
    String preview = reader.api().get("api/notifications/digest").body();
    assertTrue(preview.contains("#/fragen/" + id(inTopic)), preview);
    assertFalse(preview.contains("#/fragen/" + id(elsewhere)), "another topic, no municipality: not in the profile " + preview);
    assertFalse(preview.contains("#/fragen/" + id(open)), "not solved");

    Res run = Demo.as(root, "ADMIN").post("api/admin/digests/weekly", "");
    assertEquals(200, run.status(), run::toString);
    Message mail = MailSink.await(reader.email(), "weekly digest");
    assertTrue(MailSink.body(mail).contains("#/fragen/" + id(inTopic)), MailSink.body(mail));
    Demo.as(root, "ADMIN").post("api/admin/digests/weekly", "");
    assertEquals(1, MailSink.to(reader.email()).stream()
        .filter(m -> MailSink.subject(m).contains("weekly digest")).count(), "idempotent");
    assertEquals(400, Demo.as(root, "ADMIN").post("api/admin/digests/monthly", "").status());
  }

  @Test
  void liveStreamDeliversNotificationFrames() throws Exception {
    Fixtures.Person listener = Fixtures.member(root, "STAFF", "Wunsiedel", "de", "OFF", List.of());
    assertEquals(401, new Api(root).get("api/notifications/stream").status());
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest req = listener.api().request("api/notifications/stream").header("Accept", "text/event-stream").GET().build();
    HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, res.statusCode());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("data:")) {
            lines.offer(line.substring(5).trim());
          }
        }
      } catch (Exception ignored) {
        // closed by the test
      }
    });
    reader.setDaemon(true);
    reader.start();
    String first = lines.poll(10, TimeUnit.SECONDS);
    assertTrue(first != null && first.contains("\"op\":\"unread\""), String.valueOf(first));
    JsonObject t = ask(mayor, "Live " + UUID.randomUUID(), "Hallo @" + listener.name(), "Bildung", "NETWORK");
    String frame = lines.poll(10, TimeUnit.SECONDS);
    assertTrue(frame != null && frame.contains("\"op\":\"notification\"") && frame.contains("#/fragen/" + id(t)),
        String.valueOf(frame));
    assertTrue(frame.contains("\"unread\":1"), frame);
    res.body().close();
  }

  @Test
  void mentionAutocompleteIsForMembersOnly() {
    assertEquals(401, new Api(root).get("api/members/mentionable?q=Karin").status());
    Res r = Demo.as(root, "STAFF").get("api/members/mentionable?q=Karin");
    assertTrue(r.body().contains("Karin Hofmann"), r::toString);
    assertFalse(r.body().contains("@demo.pilotnetz.example"), "no e-mail addresses");
  }

  static Duration unused() {
    return Duration.ZERO;
  }
}
