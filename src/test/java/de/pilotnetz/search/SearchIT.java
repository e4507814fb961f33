package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search API through HTTP. No feature provides documents yet, so these tests cover the shape,
 * the input handling and the permissions of the endpoints; tests with documents come with cases.
 * (No {@code @Nested} classes: Arquillian injects the URL into the top-level instance only.)
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(base);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void assertFieldError(Res r, String field) {
    assertEquals(400, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
    assertEquals(field, r.obj().getJsonArray("errors").getJsonObject(0).getString("field"),
        r::toString);
  }

  @Test
  void anonymousFindsDemoCasesWithAllFacets() {
    Res r = api.get("api/search?q=" + enc("Glasfaserausbau"));
    assertEquals(200, r.status(), r::toString);
    JsonObject body = r.obj();
    assertTrue(body.getJsonNumber("total").longValue() > 0, r::toString);
    assertEquals(body.getJsonArray("hits").size(), Math.min(10, body.getJsonNumber("total").intValue()), r::toString);
    JsonObject facets = body.getJsonObject("facets");
    for (String dim : List.of("type", "topic", "state", "phase")) {
      assertTrue(facets.containsKey(dim), r::toString);
    }
  }

  @Test
  void allFiltersAreAccepted() {
    Res r = api.get("api/search?q=OZG&type=case&topic=Breitband&state=Bayern&phase=Pilot"
        + "&populationMin=1000&populationMax=50000&page=1&size=5");
    assertEquals(200, r.status(), r::toString);
  }

  @Test
  void suggestAnswersAListOfCompletions() {
    Res r = api.get("api/search/suggest?q=" + enc("Bürg"));
    assertEquals(200, r.status(), r::toString);
    assertTrue(!r.arr().isEmpty(), r::toString);
    assertTrue(r.arr().getValuesAs(jakarta.json.JsonString.class).stream()
        .allMatch(v -> v.getString().toLowerCase().contains("bürg")), r::toString);
  }

  @Test
  void luceneSyntaxNeverFails() {
    for (String q : List.of(":", "*", "?", "(", ")", "[", "]", "{", "}", "^", "~", "\\", "/",
        "AND", "OR", "\"unbalanced", "title:glas*", "a AND OR b", "(((", "~2^3", "-", "\"\"",
        "[1 TO 2}", "glas\\", "NOT", "Glasfaser AND (OZG OR \"Bürger")) {
      Res r = api.get("api/search?q=" + enc(q));
      assertEquals(200, r.status(), () -> q + " -> " + r);
      Res s = api.get("api/search/suggest?q=" + enc(q));
      assertEquals(200, s.status(), () -> q + " -> " + s);
    }
  }

  @Test
  void badSizeIs400NamingTheField() {
    assertFieldError(api.get("api/search?q=x&size=0"), "size");
    assertFieldError(api.get("api/search?q=x&size=1000"), "size");
    assertFieldError(api.get("api/search?q=x&size=zehn"), "size");
  }

  @Test
  void badPageIs400NamingTheField() {
    assertFieldError(api.get("api/search?q=x&page=-1"), "page");
    assertFieldError(api.get("api/search?q=x&page=eins"), "page");
  }

  @Test
  void badPopulationMinIs400NamingTheField() {
    assertFieldError(api.get("api/search?q=x&populationMin=viele"), "populationMin");
    assertFieldError(api.get("api/search?q=x&populationMin=-5"), "populationMin");
    assertFieldError(api.get("api/search?q=x&populationMin=500&populationMax=100"),
        "populationMin");
  }

  @Test
  void unknownTypeIs400NamingTheField() {
    assertFieldError(api.get("api/search?q=x&type=wiki"), "type");
  }

  @Test
  void badSuggestLimitIs400NamingTheField() {
    assertFieldError(api.get("api/search/suggest?q=x&limit=500"), "limit");
  }
}
