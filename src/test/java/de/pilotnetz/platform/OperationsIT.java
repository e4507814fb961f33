package de.pilotnetz.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, metrics, OpenAPI and the headers every response carries. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(base);
  }

  @Test
  void readinessChecksDatabaseSearchIndexAndCluster() {
    Res r = api.get("health/ready");
    assertEquals(200, r.status(), r::toString);
    JsonObject body = r.obj();
    assertEquals("UP", body.getString("status"));
    List<String> names = body.getJsonArray("checks").stream()
        .map(c -> c.asJsonObject().getString("name")).toList();
    assertTrue(names.containsAll(List.of("database", "search-index", "cluster")), names::toString);
    JsonObject cluster = check(body, "cluster");
    assertEquals("single", cluster.getString("mode"), "the test server runs with --nocluster");
    assertEquals("1", value(cluster, "nodes"));
    assertTrue(Long.parseLong(value(check(body, "search-index"), "lag")) >= 0);
  }

  /** A health datum as text: MicroProfile Health may render numbers as strings. */
  private static String value(JsonObject data, String name) {
    return data.get(name).toString().replace("\"", "");
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
        .filter(c -> name.equals(c.getString("name"))).findFirst().orElseThrow().getJsonObject("data");
  }

  @Test
  void livenessIsUp() {
    Res r = api.get("health/live");
    assertEquals(200, r.status(), r::toString);
    assertEquals("UP", r.obj().getString("status"));
  }

  @Test
  void metricsAreServed() {
    Res r = api.get("metrics");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("# TYPE"), r::toString);
  }

  @Test
  void openApiDocumentsEveryEndpoint() {
    Res r = api.send(api.request("openapi").header("Accept", "application/json").GET());
    assertEquals(200, r.status(), r::toString);
    JsonObject paths = r.obj().getJsonObject("paths");
    List<String> missing = Endpoints.all().stream()
        .filter(e -> !paths.containsKey(e.path())
            || !paths.getJsonObject(e.path()).containsKey(e.method().toLowerCase()))
        .map(Endpoints.Endpoint::toString).collect(Collectors.toList());
    assertTrue(missing.isEmpty(), "Not in META-INF/openapi.yaml: " + missing);
  }

  @Test
  void securityHeadersOnApiAndStaticFiles() {
    for (String path : List.of("api/municipalities", "", "index.html")) {
      Res r = api.get(path);
      String csp = r.header("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
          () -> path + ": " + csp);
      assertTrue(!csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(""), path);
      assertTrue(r.header("Referrer-Policy").isPresent(), path);
    }
  }
}
