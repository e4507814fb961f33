package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.text.CaseMarkdownXssTest;
import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.Members;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Creating and editing cases: ETag/If-Match, revisions, permissions, validation, XSS, adoptions.
 * Not in {@code @Nested} classes: Arquillian does not inject the base URL into those.
 */
@ExtendWith(ArquillianExtension.class)
class CaseEditingIT {
  @ArquillianResource URL base;
  URI root;
  Api mayor;
  long id;
  String etag;

  @BeforeEach
  void createCase() {
    root = new Api(base).base();
    mayor = Demo.as(root, "MAYOR");
    Api.Res r = mayor.post("api/cases", CaseFixtures.body(CaseFixtures.token() + " Glasfaser").build().toString());
    assertEquals(201, r.status(), r::toString);
    id = r.obj().getJsonNumber("id").longValue();
    etag = r.header("ETag").orElseThrow();
    assertEquals("\"1\"", etag);
    assertTrue(r.header("Location").orElseThrow().endsWith("/api/cases/" + id));
    assertEquals("DRAFT", r.obj().getString("status"));
  }

  String edited(String title) {
    return CaseFixtures.body(title).add("body", "## Vorgehen\nErste Zeile\nGeänderte Zeile").build().toString();
  }

  @Test
  void withoutIfMatchAnswers428() {
    Api.Res r = mayor.put("api/cases/" + id, edited("Neu"), null);
    assertEquals(428, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"));
  }

  @Test
  void withStaleIfMatchAnswers412AndKeepsTheNewerContent() {
    Api.Res first = mayor.put("api/cases/" + id, edited("Erste Fassung"), etag);
    assertEquals(200, first.status(), first::toString);
    assertEquals("\"2\"", first.header("ETag").orElseThrow());
    Api.Res stale = Demo.as(root, "STAFF").put("api/cases/" + id, edited("Veraltete Fassung"), etag);
    assertEquals(412, stale.status(), stale::toString);
    assertTrue(stale.contentType().startsWith("application/problem+json"));
    JsonObject now = mayor.get("api/cases/" + id).obj();
    assertEquals("Erste Fassung", now.getString("title"));
    assertEquals(2, now.getInt("revision"));
  }

  @Test
  void keepsRevisionsWithDiffAndRestore() {
    String e2 = mayor.put("api/cases/" + id, edited("Zweite"), etag).header("ETag").orElseThrow();
    var revisions = mayor.get("api/cases/" + id + "/revisions").arr();
    assertEquals(2, revisions.size());
    assertTrue(revisions.getJsonObject(0).getJsonArray("changed").toString().contains("body"));
    JsonObject diff = mayor.get("api/cases/" + id + "/revisions/1/diff/2").obj();
    String body = diff.getJsonArray("changes").stream().map(v -> v.asJsonObject())
        .filter(c -> c.getString("field").equals("body")).findFirst().orElseThrow().toString();
    assertTrue(body.contains("{\"op\":\"-\",\"text\":\"Zweite Zeile\"}") && body.contains("{\"op\":\"+\",\"text\":\"Geänderte Zeile\"}"), body);
    Api.Res restored = mayor.send(mayor.request("api/cases/" + id + "/revisions/1/restore")
        .header("If-Match", e2).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, restored.status(), restored::toString);
    assertEquals(3, restored.obj().getInt("revision"));
    assertTrue(restored.obj().getString("title").endsWith("Glasfaser"));
  }
  @Test
  void expertsModeratorsAndOtherTownsCannotCreateOrEdit() {
    for (String role : List.of("EXPERT", "MODERATOR")) {
      assertEquals(403, Demo.as(root, role).post("api/cases", CaseFixtures.body("x").build().toString()).status(), role);
    }
    Api other = Members.create(root, "MAYOR", Members.municipality(root, "Herrenberg")).api(root);
    assertEquals(403, other.post("api/cases", CaseFixtures.body("x").add("municipalityId",
        Members.municipality(root, "Wunsiedel")).build().toString()).status());
    assertEquals(200, mayor.post("api/cases/" + id + "/publish", "").status());
    assertEquals(403, other.put("api/cases/" + id, edited("fremd"), "\"2\"").status());
    assertEquals(403, Demo.as(root, "STAFF").delete("api/cases/" + id).status(), "staff is not the author");
    assertEquals(201, other.post("api/cases/" + id + "/adoptions", "{\"stage\":\"in Prüfung\",\"note\":\"passt\"}").status());
    assertEquals(200, other.post("api/cases/" + id + "/adoptions", "{\"stage\":\"übernommen\"}").status());
    assertEquals(403, mayor.post("api/cases/" + id + "/adoptions", "{\"stage\":\"übernommen\"}").status(), "own town");
    JsonObject page = mayor.get("api/cases/" + id).obj();
    assertEquals(1, page.getInt("adoptionCount"));
    assertEquals("übernommen", page.getJsonArray("adoptions").getJsonObject(0).getString("stageLabel"));
    assertEquals(204, mayor.delete("api/cases/" + id).status(), "the author deletes");
    assertEquals(404, mayor.get("api/cases/" + id).status());
  }
  @Test
  void renderedHtmlCarriesNoXssVector() {
    String md = "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n"
        + "<svg onload=alert(1)>\n\n<iframe src=//evil.example></iframe>\n\n[y](JaVaScRiPt:alert(1))";
    JsonObject c = CaseFixtures.create(mayor, CaseFixtures.body("XSS").add("body", md).add("lessonsGood", md)
        .add("lessonsBad", md));
    for (String f : List.of("bodyHtml", "lessonsGoodHtml", "lessonsBadHtml")) {
      String html = c.getString(f);
      String markup = String.join(" ", CaseMarkdownXssTest.TAG.matcher(html.toLowerCase(Locale.ROOT)).results()
          .map(m -> m.group()).toList());
      assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
      assertFalse(CaseMarkdownXssTest.EVENT_HANDLER.matcher(html).find(), html);
      assertFalse(markup.contains("javascript:") || markup.contains("<iframe") || markup.contains("<svg"), html);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "topic|\"Raumfahrt\"",
      "phase|\"Testphase\"",
      "visibility|\"GEHEIM\"",
      "summary|\"" + "x" + "\"",
      "budget|-5",
      "fundingRate|101",
      "endDate|\"2024-01-01\""})
  void badInputNamesTheField(String field, String value) {
    String v = field.equals("summary") ? "\"" + "x".repeat(501) + "\"" : value;
    String json = CaseFixtures.body("Ungültig").build().toString();
    json = json.substring(0, json.length() - 1) + ",\"" + field + "\":" + v + "}";
    json = json.replaceFirst("\"" + field + "\":[^,]*,", ""); // drop the fixture's own value first
    Api.Res r = mayor.post("api/cases", json);
    assertEquals(400, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"));
    assertTrue(r.obj().getJsonArray("errors").toString().contains("\"field\":\"" + field + "\""), r::toString);
  }
}
