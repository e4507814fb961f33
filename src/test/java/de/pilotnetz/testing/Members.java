package de.pilotnetz.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.UUID;

/** Creates real members the way people join: invitation by the admin, mail, acceptance. */
public final class Members {
  public static final String PASSWORD = "Gemeinde-Test-Passwort-42";

  public record Created(long id, String email, String password, String token) {
    public Api api(URI base) {
      return new Api(base).bearer(token);
    }
  }

  private Members() {}

  public static Created create(URI base, String role, Long municipalityId) {
    MailSink.start();
    String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.pilotnetz.example";
    JsonObjectBuilder invite = Json.createObjectBuilder().add("email", email)
        .add("roles", Json.createArrayBuilder().add(role));
    if (municipalityId != null) {
      invite.add("municipalityId", municipalityId);
    }
    Api.Res inv = Demo.as(base, "ADMIN").post("api/invitations", invite.build().toString());
    if (inv.status() != 201) {
      throw new IllegalStateException("invitation failed: " + inv);
    }
    String token = MailSink.token(MailSink.await(email, "Einladung"));
    JsonObjectBuilder accept = Json.createObjectBuilder().add("token", token)
        .add("displayName", "Test " + role.charAt(0) + role.substring(1).toLowerCase())
        .add("password", PASSWORD);
    if ("EXPERT".equals(role)) {
      accept.add("affiliation", "Testfirma GmbH");
    }
    Api.Res acc = new Api(base).post("api/invitations/accept", accept.build().toString());
    if (acc.status() != 201) {
      throw new IllegalStateException("acceptance failed: " + acc);
    }
    return new Created(acc.obj().getJsonObject("member").getJsonNumber("id").longValue(), email,
        PASSWORD, acc.obj().getString("token"));
  }

  /** The id of a demo municipality by name. */
  public static long municipality(URI base, String name) {
    Api.Res r = new Api(base).get("api/municipalities?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    return r.arr().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("name").equals(name))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }
}
