package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bulk import stores exactly the valid items; the export reads back what the caller may see. */
@ExtendWith(ArquillianExtension.class)
class ImportExportIT {
  @ArquillianResource URL base;
  Api admin;

  @BeforeEach
  void setUp() {
    admin = Demo.as(new Api(base).base(), "ADMIN");
  }

  long count(String tag) {
    return admin.get("api/cases?size=1&q=" + tag).obj().getJsonNumber("total").longValue();
  }

  @Test
  void mixedFileStoresExactlyTheValidItems() {
    String tag = CaseFixtures.token();
    String town = "Neudorf " + tag;
    String json = "["
        + "{\"type\":\"case\",\"title\":\"" + tag + " gültig 1\",\"body\":\"Text\",\"municipality\":\"" + town
        + "\",\"state\":\"Hessen\",\"population\":12000,\"topic\":\"Breitband\",\"phase\":\"Pilot\",\"tags\":[\"Glasfaser\"],"
        + "\"lessonsGood\":\"gut\",\"lessonsBad\":\"schlecht\",\"kpis\":[{\"name\":\"Anschlussquote\",\"unit\":\"%\",\"baseline\":12,\"target\":60,\"actual\":48}],\"visibility\":\"PUBLIC\"},"
        + "{\"type\":\"case\",\"title\":\"" + tag + " ohne Land\",\"body\":\"Text\",\"municipality\":\"Ulm\"},"
        + "{\"type\":\"case\",\"title\":\"" + tag + " gültig 2\",\"body\":\"Text\",\"municipality\":\"Ulm\",\"state\":\"Baden-Württemberg\"},"
        + "{\"type\":\"case\",\"title\":\"" + tag + " schlechte KPI\",\"body\":\"Text\",\"municipality\":\"Ulm\",\"state\":\"Baden-Württemberg\",\"kpis\":[{\"unit\":\"%\"}]},"
        + "{\"type\":\"thread\",\"title\":\"" + tag + " Frage\",\"body\":\"Wie?\",\"answers\":[\"So.\"]},"
        + "{\"type\":\"case\",\"title\":\"" + tag + " ohne Text\",\"municipality\":\"Ulm\",\"state\":\"Bayern\"},"
        + "{\"type\":\"case\",\"title\":\"" + tag + " falsches Thema\",\"body\":\"x\",\"municipality\":\"Ulm\",\"state\":\"Baden-Württemberg\",\"topic\":\"Raumfahrt\"},"
        + "{\"type\":\"thread\",\"title\":\"" + tag + " Frage ohne Text\",\"answers\":[\"So.\"]}"
        + "]";
    assertEquals(0, count(tag));
    Api.Res r = admin.post("api/admin/import", json);
    assertEquals(200, r.status(), r::toString);
    assertEquals(3, r.obj().getInt("imported"), r::toString);
    String failed = r.obj().getJsonArray("failed").stream().map(v -> v.asJsonObject())
        .map(o -> o.getInt("index") + ":" + o.getString("field")).sorted().collect(Collectors.joining(","));
    assertEquals("1:state,3:kpis[0].name,5:body,6:topic,7:body", failed, r::toString);
    String threads = admin.get("api/threads?size=100").body();
    assertTrue(threads.contains(tag + " Frage"), "the thread item is stored as a question");
    assertTrue(!threads.contains(tag + " Frage ohne Text"), "the invalid thread item is not");
    assertEquals(2, count(tag));
    JsonObject item = admin.get("api/cases?size=5&q=" + tag + "&sort=title").obj().getJsonArray("items").getJsonObject(0);
    assertEquals(town, item.getJsonObject("municipality").getString("name"), "unknown town created");
    assertEquals("PUBLIC", item.getString("visibility"));
    JsonObject second = admin.get("api/cases?size=5&q=" + tag + "&sort=title").obj().getJsonArray("items").getJsonObject(1);
    assertEquals("NETWORK", second.getString("visibility"), "default visibility");
    assertTrue(new Api(base).get("api/municipalities?q=" + tag).body().contains("\"ags\":\"0600"),
        "placeholder AGS with the state's prefix");
  }

  @Test
  void tooDeeplyNestedInputIs400NotServerError() {
    Api.Res r = admin.post("api/admin/import", "[" + "[".repeat(1200) + "]".repeat(1200) + "]");
    assertEquals(400, r.status(), r::toString);
    assertEquals("body", r.obj().getJsonArray("errors").getJsonObject(0).getString("field"), r::toString);
  }

  @Test
  void twoThousandItemsInOneCallAreStreamedAndBatched() {
    String tag = CaseFixtures.token();
    String items = IntStream.range(0, 2000).mapToObj(i -> "{\"type\":\"case\",\"title\":\"" + tag + " Nr. " + i
        + "\",\"body\":\"Bericht " + i + "\",\"municipality\":\"" + (i % 7 == 0 ? "Stadt " + tag + " " + (i % 3) : "Jena")
        + "\",\"state\":\"Thüringen\",\"topic\":\"Energie\"}").collect(Collectors.joining(",", "[", "]"));
    Api.Res r = admin.post("api/admin/import", items);
    assertEquals(200, r.status(), r::toString);
    assertEquals(2000, r.obj().getInt("imported"), r::toString);
    assertEquals(0, r.obj().getJsonArray("failed").size());
    assertEquals(2000, count(tag));
  }

  @Test
  void notAnArrayIsRefused() {
    Api.Res r = admin.post("api/admin/import", "{\"type\":\"case\"}");
    assertEquals(400, r.status(), r::toString);
  }

  @Test
  void csvIsQuoted() {
    String tag = CaseFixtures.token();
    CaseFixtures.published(Demo.as(admin.base(), "MAYOR"), tag + " \"Zitat\", mit Komma", "PUBLIC", java.util.List.of());
    String csv = new Api(admin.base()).get("api/export?format=csv").body();
    assertTrue(csv.contains("\"" + tag + " \"\"Zitat\"\", mit Komma\""), csv.substring(0, Math.min(400, csv.length())));
  }
}
