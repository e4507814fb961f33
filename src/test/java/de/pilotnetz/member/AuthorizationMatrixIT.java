package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.Endpoints;
import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint, called as anonymous and as each role: allowed callers get past the
 * permission check (any answer but 401/403, never 5xx), others get 401 (anonymous) or 403.
 * Requests are shaped so that allowed callers change nothing lasting (unknown ids, conflicts).
 * A second test fails when an endpoint is added without a row here.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

  static final List<String> ROLES = List.of("ANONYMOUS", "STAFF", "MAYOR", "EXPERT", "MODERATOR", "ADMIN");
  static final Set<String> ALL = Set.copyOf(ROLES);
  static final Set<String> MEMBERS = Set.of("STAFF", "MAYOR", "EXPERT", "MODERATOR", "ADMIN");
  static final Set<String> MODERATION = Set.of("MODERATOR", "ADMIN");
  static final Set<String> ADMIN = Set.of("ADMIN");

  record Row(String method, String template, String path, String body, Set<String> allowed,
      String contentType) {
    Row(String method, String template, String path, String body, Set<String> allowed) {
      this(method, template, path, body, allowed, "application/json");
    }
  }

  static final Set<String> WUNSIEDEL_OFFICE_AND_ADMIN = Set.of("STAFF", "MAYOR", "ADMIN");
  static final Set<String> WUNSIEDEL_OFFICE = Set.of("STAFF", "MAYOR");
  static final Set<String> MAYOR_AND_ADMIN = Set.of("MAYOR", "ADMIN");
  static final String CASE_BODY = "{\"title\":\"Matrix\",\"body\":\"Text\",\"topic\":\"Raumfahrt\",\"phase\":\"Idee\"}";
  static final String VALID_CASE_BODY = "{\"title\":\"Matrix\",\"body\":\"Text\",\"topic\":\"Breitband\",\"phase\":\"Idee\"}";
  static final String BOUNDARY = "matrixboundary";
  static final String HTML_UPLOAD = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
      + "Content-Type: application/pdf\r\n\r\n<html><script>alert(1)</script></html>\r\n--" + BOUNDARY + "--\r\n";

  static final long NONE = 987654321L;

  /**
   * {@code wunsiedelCase}: a published PUBLIC demo case of Wunsiedel (the demo mayor's and staff's
   * town) written by the demo mayor; {@code otherCase}: a published PUBLIC case of another town.
   */
  static List<Row> rows(long town, long wunsiedelCase, long otherCase) {
    List<Row> r = new ArrayList<>();
    String wc = "api/cases/" + wunsiedelCase;
    r.add(new Row("GET", "/cases", "api/cases", null, ALL));
    r.add(new Row("POST", "/cases", "api/cases", CASE_BODY, WUNSIEDEL_OFFICE_AND_ADMIN));
    r.add(new Row("GET", "/cases/{id}", wc, null, ALL));
    r.add(new Row("PUT", "/cases/{id}", wc, VALID_CASE_BODY, WUNSIEDEL_OFFICE_AND_ADMIN));
    r.add(new Row("DELETE", "/cases/{id}", "api/cases/" + NONE, null, MEMBERS));
    r.add(new Row("POST", "/cases/{id}/publish", wc + "/publish", "", MAYOR_AND_ADMIN));
    r.add(new Row("GET", "/cases/{id}/similar", "api/cases/" + NONE + "/similar", null, ALL));
    r.add(new Row("GET", "/cases/{id}/revisions", wc + "/revisions", null, ALL));
    r.add(new Row("GET", "/cases/{id}/revisions/{a}/diff/{b}", wc + "/revisions/1/diff/2", null, ALL));
    r.add(new Row("POST", "/cases/{id}/revisions/{n}/restore", wc + "/revisions/1/restore", "", WUNSIEDEL_OFFICE_AND_ADMIN));
    r.add(new Row("POST", "/cases/{id}/attachments", wc + "/attachments", HTML_UPLOAD,
        WUNSIEDEL_OFFICE_AND_ADMIN, "multipart/form-data; boundary=" + BOUNDARY));
    r.add(new Row("GET", "/cases/{id}/adoptions", wc + "/adoptions", null, ALL));
    r.add(new Row("POST", "/cases/{id}/adoptions", "api/cases/" + otherCase + "/adoptions",
        "{\"stage\":\"unbekannt\"}", WUNSIEDEL_OFFICE));
    r.add(new Row("GET", "/attachments/{id}", "api/attachments/" + NONE, null, ALL));
    r.add(new Row("GET", "/export", "api/export?format=csv", null, ALL));
    r.add(new Row("POST", "/admin/import", "api/admin/import", "{}", ADMIN));
    r.add(new Row("POST", "/markdown/preview", "api/markdown/preview", "{\"markdown\":\"*x*\"}", MEMBERS));
    r.add(new Row("GET", "/municipalities", "api/municipalities", null, ALL));
    r.add(new Row("GET", "/municipalities/{id}", "api/municipalities/" + town, null, ALL));
    r.add(new Row("GET", "/municipalities/{id}/similar", "api/municipalities/" + town + "/similar", null, ALL));
    r.add(new Row("POST", "/municipalities", "api/municipalities",
        "{\"name\":\"Falschland\",\"ags\":\"09461000\",\"state\":\"Hessen\",\"population\":100}", ADMIN));
    r.add(new Row("GET", "/municipalities/{id}/members", "api/municipalities/" + town + "/members", null, MEMBERS));
    r.add(new Row("GET", "/topics", "api/topics", null, ALL));
    r.add(new Row("POST", "/topics", "api/topics", "{\"name\":\"Breitband\"}", ADMIN));
    r.add(new Row("GET", "/admin/audit", "api/admin/audit", null, ADMIN));
    r.add(new Row("POST", "/auth/login", "api/auth/login", "{\"email\":\"\",\"password\":\"\"}", ALL));
    r.add(new Row("POST", "/auth/password-reset", "api/auth/password-reset", "{\"email\":\"niemand@test.pilotnetz.example\"}", ALL));
    r.add(new Row("POST", "/auth/password-reset/confirm", "api/auth/password-reset/confirm",
        "{\"token\":\"unbekannt\",\"password\":\"Irgendein-Passwort-1\"}", ALL));
    r.add(new Row("GET", "/me", "api/me", null, MEMBERS));
    r.add(new Row("PUT", "/me", "api/me", "{\"displayName\":\"X\",\"topics\":[\"Raumfahrt\"]}", MEMBERS));
    r.add(new Row("GET", "/me/export", "api/me/export", null, MEMBERS));
    r.add(new Row("GET", "/me/tokens", "api/me/tokens", null, MEMBERS));
    r.add(new Row("POST", "/me/tokens", "api/me/tokens", "{\"name\":\"Matrix\",\"expiresInDays\":1}", MEMBERS));
    r.add(new Row("DELETE", "/me/tokens/{id}", "api/me/tokens/" + NONE, null, MEMBERS));
    r.add(new Row("GET", "/members", "api/members", null, MEMBERS));
    r.add(new Row("GET", "/members/{id}", "api/members/" + NONE, null, MEMBERS));
    r.add(new Row("PUT", "/admin/members/{id}/roles", "api/admin/members/" + NONE + "/roles", "{\"roles\":[\"EXPERT\"]}", ADMIN));
    r.add(new Row("PUT", "/admin/members/{id}/verification", "api/admin/members/" + NONE + "/verification", "{\"verified\":true}", ADMIN));
    r.add(new Row("DELETE", "/admin/members/{id}", "api/admin/members/" + NONE, null, ADMIN));
    r.add(new Row("GET", "/invitations", "api/invitations", null, MODERATION));
    r.add(new Row("POST", "/invitations", "api/invitations",
        "{\"email\":\"" + Demo.EMAIL.get("EXPERT") + "\",\"roles\":[\"EXPERT\"]}", MODERATION));
    r.add(new Row("DELETE", "/invitations/{id}", "api/invitations/" + NONE, null, MODERATION));
    r.add(new Row("GET", "/invitations/preview", "api/invitations/preview?token=unbekannt", null, ALL));
    r.add(new Row("POST", "/invitations/accept", "api/invitations/accept",
        "{\"token\":\"unbekannt\",\"displayName\":\"X\",\"password\":\"Irgendein-Passwort-1\"}", ALL));
    r.add(new Row("GET", "/search", "api/search?q=Glasfaser", null, ALL));
    r.add(new Row("GET", "/search/suggest", "api/search/suggest?q=Gla", null, ALL));
    r.add(new Row("GET", "/admin/reindex", "api/admin/reindex", null, ADMIN));
    r.add(new Row("POST", "/admin/reindex", "api/admin/reindex", null, ADMIN));
    // Threads, answers, moderation, watches, notifications
    r.add(new Row("POST", "/threads", "api/threads",
        "{\"title\":\"Matrix\",\"body\":\"Matrix\",\"topic\":\"Raumfahrt\"}", MEMBERS));
    r.add(new Row("GET", "/threads", "api/threads", null, ALL));
    r.add(new Row("GET", "/threads/stats", "api/threads/stats", null, ALL));
    r.add(new Row("GET", "/threads/{id}", "api/threads/" + NONE, null, ALL));
    r.add(new Row("PUT", "/threads/{id}", "api/threads/" + NONE, "{\"title\":\"X\",\"body\":\"X\"}", MEMBERS));
    r.add(new Row("POST", "/threads/{id}/answers", "api/threads/" + NONE + "/answers", "{\"body\":\"X\"}", MEMBERS));
    r.add(new Row("POST", "/threads/{id}/accept", "api/threads/" + NONE + "/accept", "{\"answerId\":1}", MEMBERS));
    r.add(new Row("POST", "/threads/{id}/lock", "api/threads/" + NONE + "/lock", null, MODERATION));
    r.add(new Row("POST", "/threads/{id}/unlock", "api/threads/" + NONE + "/unlock", null, MODERATION));
    r.add(new Row("PUT", "/threads/{id}/topic", "api/threads/" + NONE + "/topic", "{\"topic\":\"Breitband\"}", MODERATION));
    r.add(new Row("PUT", "/answers/{id}", "api/answers/" + NONE, "{\"body\":\"X\"}", MEMBERS));
    r.add(new Row("PUT", "/answers/{id}/vote", "api/answers/" + NONE + "/vote", "{\"value\":1}", MEMBERS));
    r.add(new Row("GET", "/answers/{id}/revisions", "api/answers/" + NONE + "/revisions", null, ALL));
    r.add(new Row("POST", "/flags", "api/flags", "{\"kind\":\"thread\",\"id\":" + NONE + ",\"reason\":\"X\"}", MEMBERS));
    r.add(new Row("GET", "/moderation/queue", "api/moderation/queue", null, MODERATION));
    r.add(new Row("POST", "/moderation/{kind}/{id}/hide", "api/moderation/thread/" + NONE + "/hide", null, MODERATION));
    r.add(new Row("POST", "/moderation/{kind}/{id}/restore", "api/moderation/answer/" + NONE + "/restore", null, MODERATION));
    r.add(new Row("GET", "/watches", "api/watches", null, MEMBERS));
    r.add(new Row("PUT", "/watches", "api/watches", "{\"kind\":\"THREAD\",\"target\":\"" + NONE + "\"}", MEMBERS));
    r.add(new Row("DELETE", "/watches", "api/watches?kind=THREAD&target=" + NONE, null, MEMBERS));
    r.add(new Row("GET", "/members/mentionable", "api/members/mentionable?q=Kar", null, MEMBERS));
    r.add(new Row("GET", "/notifications", "api/notifications", null, MEMBERS));
    r.add(new Row("POST", "/notifications/read", "api/notifications/read", "{\"ids\":[" + NONE + "]}", MEMBERS));
    r.add(new Row("GET", "/notifications/digest", "api/notifications/digest", null, MEMBERS));
    r.add(new Row("POST", "/admin/digests/{kind}", "api/admin/digests/nie", null, ADMIN));
    r.add(new Row("GET", "/chat/rooms", "api/chat/rooms", null, MEMBERS));
    r.add(new Row("POST", "/chat/rooms", "api/chat/rooms", "{\"kind\":\"PUBLIC\",\"name\":\"\"}", MEMBERS));
    r.add(new Row("GET", "/chat/rooms/{id}/messages", "api/chat/rooms/" + NONE + "/messages", null, MEMBERS));
    r.add(new Row("POST", "/chat/rooms/{id}/members", "api/chat/rooms/" + NONE + "/members", "{}", MEMBERS));
    r.add(new Row("DELETE", "/chat/rooms/{id}/members", "api/chat/rooms/" + NONE + "/members", null, MEMBERS));
    r.add(new Row("POST", "/chat/ticket", "api/chat/ticket", null, MEMBERS));
    r.add(new Row("GET", "/chat/office-hours", "api/chat/office-hours", null, MEMBERS));
    r.add(new Row("POST", "/chat/office-hours", "api/chat/office-hours",
        "{\"roomId\":" + NONE + ",\"topic\":\"Matrix\",\"startsAt\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":60}",
        Set.of("EXPERT", "MODERATOR", "ADMIN")));
    r.add(new Row("POST", "/chat/office-hours/{id}/publication", "api/chat/office-hours/" + NONE + "/publication",
        "{\"questionIds\":[1],\"answerIds\":[]}", MEMBERS));
    return r;
  }

  @ArquillianResource URL base;

  Api as(URI root, String role) {
    return "ANONYMOUS".equals(role) ? new Api(root) : Demo.as(root, role);
  }

  @Test
  void everyEndpointAllowsExactlyItsRoles() {
    URI root = new Api(base).base();
    long town = de.pilotnetz.testing.Members.municipality(root, "Wunsiedel");
    List<String> wrong = new ArrayList<>();
    long wunsiedelCase = caseId(root, "Glasfaser für alle Ortsteile durch Leerrohr-Mitverlegung");
    long otherCase = caseId(root, "On-Demand-Shuttle im Abendverkehr");
    for (Row row : rows(town, wunsiedelCase, otherCase)) {
      for (String role : ROLES) {
        Api api = as(root, role);
        if (row.template().endsWith("/{id}") && row.method().equals("PUT")) {
          api.header("If-Match", "\"0\"");
        } else if (row.template().endsWith("/restore")) {
          api.header("If-Match", "\"0\"");
        } else {
          api.header("If-Match", null);
        }
        Res res = api.send(row.method(), row.path(), row.body() == null ? null : row.contentType(),
            row.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(row.body()));
        int expectedDenial = "ANONYMOUS".equals(role) ? 401 : 403;
        boolean allowed = row.allowed().contains(role);
        boolean ok = allowed ? res.status() != 401 && res.status() != 403 && res.status() < 500
            : res.status() == expectedDenial;
        if (!ok) {
          wrong.add(role + " " + row.method() + " " + row.path() + " → " + res);
        }
      }
    }
    assertTrue(wrong.isEmpty(), "Permission matrix violated:\n" + String.join("\n", wrong));
  }

  /** A demo case by its exact title, as anonymous (the matrix uses PUBLIC ones). */
  static long caseId(URI root, String title) {
    Res r = new Api(root).get("api/cases?size=100&q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
    return r.obj().getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(title + ": " + r))
        .getJsonNumber("id").longValue();
  }

  @Test
  void logoutWorksForEveryoneAndEndsOnlyThatSession() {
    URI root = new Api(base).base();
    for (String role : MEMBERS) {
      String token = Demo.logIn(root, Demo.EMAIL.get(role), Demo.PASSWORD);
      Api fresh = new Api(root).bearer(token);
      assertEquals(204, fresh.post("api/auth/logout", "").status(), role);
      assertEquals(401, fresh.get("api/me").status(), role);
      assertEquals(200, Demo.as(root, role).get("api/me").status(), "other sessions of " + role + " stay");
    }
    assertEquals(204, new Api(root).post("api/auth/logout", "").status());
  }

  @Test
  void matrixCoversEveryEndpoint() {
    Set<String> covered = rows(1, 1, 1).stream().map(r -> r.method() + " " + r.template()).collect(Collectors.toSet());
    covered.add("POST /auth/logout");
    covered.add("GET /notifications/stream"); // never ends for members; NotificationsIT checks it
    List<String> missing = Endpoints.all().stream().map(Endpoints.Endpoint::toString)
        .filter(e -> !covered.contains(e)).sorted().toList();
    assertTrue(missing.isEmpty(), "Endpoints without a row in the permission matrix: " + missing);
  }
}
