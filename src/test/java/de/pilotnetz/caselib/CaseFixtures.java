package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.pilotnetz.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Builds case requests and uploads for the integration tests. */
final class CaseFixtures {
  private CaseFixtures() {}

  /** A unique word to find a test's own cases in lists and exports. */
  static String token() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static JsonObjectBuilder body(String title) {
    return Json.createObjectBuilder().add("title", title).add("summary", "Kurzfassung " + title)
        .add("body", "## Vorgehen\nErste Zeile\nZweite Zeile").add("topic", "Breitband").add("phase", "Pilot")
        .add("startDate", "2025-01-01").add("budget", 120000).add("fundingRate", 80)
        .add("tags", Json.createArrayBuilder().add("Glasfaser"))
        .add("partners", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Fiberlink").add("vendor", true)))
        .add("kpis", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Anschlussquote")
            .add("unit", "%").add("baseline", 12).add("target", 60).add("actual", 48).add("measuredAt", "2026-10-01")))
        .add("lessonsGood", "Mitverlegung").add("lessonsBad", "Kataster unvollständig");
  }

  static JsonObject create(Api as, JsonObjectBuilder body) {
    Api.Res r = as.post("api/cases", body.build().toString());
    assertEquals(201, r.status(), r::toString);
    return r.obj();
  }

  /** Creates and publishes; answers the id. */
  static long published(Api as, String title, String visibility, List<Long> sharedWith) {
    JsonArrayBuilder shared = Json.createArrayBuilder();
    sharedWith.forEach(shared::add);
    long id = create(as, body(title).add("visibility", visibility).add("sharedWith", shared))
        .getJsonNumber("id").longValue();
    Api.Res p = as.post("api/cases/" + id + "/publish", "");
    assertEquals(200, p.status(), p::toString);
    return id;
  }

  static Api.Res upload(Api as, long caseId, String fileName, String contentType, byte[] content) {
    String boundary = "----pilotnetz" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return as.send("POST", "api/cases/" + caseId + "/attachments", "multipart/form-data; boundary=" + boundary,
        HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
  }
}
