package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index as operators see it: readiness, the lag metric and the admin rebuild endpoint. */
@ExtendWith(ArquillianExtension.class)
class ReindexIT {

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(base);
  }

  @Test
  void reindexStatusAnonymousIs401() {
    Res r = api.get("api/admin/reindex");
    assertEquals(401, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
  }

  @Test
  void reindexAnonymousIs401() {
    Res r = api.send("POST", "api/admin/reindex", null,
        java.net.http.HttpRequest.BodyPublishers.noBody());
    assertEquals(401, r.status(), r::toString);
  }

  @Test
  void readinessIncludesTheSearchIndexUp() throws InterruptedException {
    JsonObject check = null;
    for (int i = 0; i < 60; i++) {
      Res r = api.get("health/ready");
      check = r.obj().getJsonArray("checks").stream().map(v -> v.asJsonObject())
          .filter(c -> c.getString("name").equals("search-index")).findFirst().orElseThrow();
      if (check.getString("status").equals("UP")) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals("UP", check.getString("status"), String.valueOf(check));
  }

  @Test
  void lagIsAMetric() {
    Res r = api.get("metrics");
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.body().contains("search_index_lag"), r::toString);
  }
}
