package de.pilotnetz.thread;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Members;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.Random;

/** Test members with unique names and profiles, and questions, made through the REST API. */
final class Fixtures {
  private static final Random RANDOM = new Random();

  private Fixtures() {}

  record Person(long id, String email, String name, Api api) {}

  /** A unique name of letters only, so that an @mention of it is unambiguous. */
  static String uniqueName() {
    StringBuilder b = new StringBuilder("Testperson ");
    b.append((char) ('A' + RANDOM.nextInt(26)));
    for (int i = 0; i < 9; i++) {
      b.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return b.toString();
  }

  static Person member(URI base, String role, String town, String language, String frequency, List<String> topics) {
    Long muni = town == null ? null : Members.municipality(base, town);
    Members.Created c = Members.create(base, role, muni);
    Api api = c.api(base);
    String name = uniqueName();
    JsonArrayBuilder t = Json.createArrayBuilder();
    topics.forEach(t::add);
    JsonObjectBuilder p = Json.createObjectBuilder().add("displayName", name).add("topics", t)
        .add("language", language).add("emailFrequency", frequency);
    if ("EXPERT".equals(role)) {
      p.add("affiliation", "Testfirma GmbH");
    }
    Api.Res r = api.put("api/me", p.build().toString(), null);
    if (r.status() != 200) {
      throw new IllegalStateException("profile: " + r);
    }
    return new Person(c.id(), c.email(), name, api);
  }

  static JsonObject ask(Api api, String title, String body, String topic, String visibility, Long... shared) {
    JsonArrayBuilder s = Json.createArrayBuilder();
    for (Long m : shared) {
      s.add(m);
    }
    Api.Res r = api.post("api/threads", Json.createObjectBuilder().add("title", title).add("body", body)
        .add("topic", topic).add("tags", Json.createArrayBuilder().add("test"))
        .add("visibility", visibility).add("sharedWith", s).build().toString());
    if (r.status() != 201) {
      throw new IllegalStateException("ask: " + r);
    }
    return r.obj();
  }

  static Api.Res answer(Api api, long threadId, String body) {
    return api.post("api/threads/" + threadId + "/answers",
        Json.createObjectBuilder().add("body", body).build().toString());
  }

  static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  static String json(String key, Object value) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (value == null) {
      b.addNull(key);
    } else if (value instanceof Number n) {
      b.add(key, n.longValue());
    } else {
      b.add(key, value.toString());
    }
    return b.build().toString();
  }
}
