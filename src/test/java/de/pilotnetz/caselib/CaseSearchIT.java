package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.Members;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cases in the German search: fed after commit, filtered by permission inside the query. */
@ExtendWith(ArquillianExtension.class)
class CaseSearchIT {

  @ArquillianResource URL base;
  URI root;
  Api anonymous;
  Api mayor;

  @BeforeEach
  void setUp() {
    anonymous = new Api(base);
    root = anonymous.base();
    mayor = Demo.as(root, "MAYOR");
  }

  static JsonObject search(Api as, String q) {
    Api.Res r = as.get("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r::toString);
    return r.obj();
  }

  /** Polls until the query finds the expected number of hits (the index is near-real-time). */
  static JsonObject awaitTotal(Api as, String q, long expected) throws InterruptedException {
    JsonObject last = null;
    for (int i = 0; i < 50; i++) {
      last = search(as, q);
      if (last.getJsonNumber("total").longValue() == expected) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("expected " + expected + " hits for " + q + ", last answer " + last);
  }

  @Test
  void publishedCaseIsFoundByItsCompoundAndDraftsAreNot() throws InterruptedException {
    String token = CaseFixtures.token();
    long id = CaseFixtures.published(mayor, "Ausbau der Glasfaser in " + token, "PUBLIC", List.of());
    awaitTotal(anonymous, token, 1);
    // "Glasfaserausbau" is split into its parts and finds "Ausbau der Glasfaser" first.
    JsonObject hit = search(anonymous, "Glasfaserausbau " + token).getJsonArray("hits").getJsonObject(0);
    assertEquals("case", hit.getString("type"));
    assertEquals(id, hit.getJsonNumber("id").longValue());
    assertEquals("#/faelle/" + id, hit.getString("url"));
    assertTrue(hit.getString("snippet").contains("<mark>"), hit::toString);

    String draftToken = CaseFixtures.token();
    CaseFixtures.create(mayor, CaseFixtures.body("Entwurf " + draftToken));
    Thread.sleep(1000);
    assertEquals(0, search(mayor, draftToken).getJsonNumber("total").longValue(), "drafts are not searchable");
  }

  @Test
  void restrictedCaseCountsOnlyForTheAllowedTownsInHitsFacetsAndSuggestions() throws InterruptedException {
    String token = CaseFixtures.token();
    CaseFixtures.published(mayor, "Vertraulich " + token, "RESTRICTED", List.of());
    awaitTotal(mayor, token, 1);
    awaitTotal(Demo.as(root, "STAFF"), token, 1); // same town
    awaitTotal(Demo.as(root, "ADMIN"), token, 1);
    long bamberg = Members.municipality(root, "Bamberg");
    Api otherTown = Members.create(root, "STAFF", bamberg).api(root);
    for (Api outsider : List.of(anonymous, otherTown, Demo.as(root, "EXPERT"))) {
      JsonObject r = search(outsider, token);
      assertEquals(0, r.getJsonNumber("total").longValue(), r::toString);
      assertFalse(r.getJsonObject("facets").getJsonObject("topic").containsKey("Breitband"), r::toString);
      assertFalse(outsider.get("api/search/suggest?q=Vertraulich%20" + token.substring(0, 6)).body().contains(token));
    }
    assertTrue(mayor.get("api/search/suggest?q=Vertraulich").body().contains(token));
  }

  @Test
  void deletedCaseLeavesTheIndex() throws InterruptedException {
    String token = CaseFixtures.token();
    long id = CaseFixtures.published(mayor, "Bald gelöscht " + token, "PUBLIC", List.of());
    awaitTotal(anonymous, token, 1);
    assertEquals(204, mayor.delete("api/cases/" + id).status());
    awaitTotal(anonymous, token, 0);
  }

  @Test
  void similarCasesShareTheirWordsAndRespectVisibility() throws InterruptedException {
    String token = CaseFixtures.token();
    long a = CaseFixtures.published(mayor, "Ladesäulen am Bahnhof " + token, "PUBLIC", List.of());
    long b = CaseFixtures.published(mayor, "Ladesäulen am Rathaus " + token, "PUBLIC", List.of());
    long hidden = CaseFixtures.published(mayor, "Ladesäulen vertraulich " + token, "RESTRICTED", List.of());
    awaitTotal(mayor, token, 3);
    Api.Res similar = anonymous.get("api/cases/" + a + "/similar");
    assertEquals(200, similar.status(), similar::toString);
    List<Long> ids = similar.arr().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    assertTrue(ids.contains(b), similar::toString);
    assertFalse(ids.contains(a), "not similar to itself");
    assertFalse(ids.contains(hidden), "RESTRICTED stays hidden from anonymous visitors");
    assertEquals(404, anonymous.get("api/cases/" + hidden + "/similar").status());
    assertEquals(404, anonymous.get("api/cases/987654321/similar").status());
  }

  @Test
  void typoGetsASuggestionAndStillFindsBroadbandCases() {
    JsonObject r = search(anonymous, "Breitbnad");
    assertTrue(r.getJsonNumber("total").longValue() > 0, r::toString);
    assertEquals("breitband", r.getString("suggestion").toLowerCase(), r::toString);
  }
}
