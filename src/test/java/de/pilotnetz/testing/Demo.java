package de.pilotnetz.testing;

import jakarta.json.Json;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The demo accounts (one per role) that the test server is started with, logged in once per run. */
public final class Demo {
  public static final String PASSWORD = "Pilotnetz-Demo-2026";
  public static final Map<String, String> EMAIL = Map.of(
      "ADMIN", "admin@demo.pilotnetz.example",
      "MODERATOR", "moderation@demo.pilotnetz.example",
      "MAYOR", "buergermeisterin@demo.pilotnetz.example",
      "STAFF", "verwaltung@demo.pilotnetz.example",
      "EXPERT", "expertin@demo.pilotnetz.example");
  public static final String MAYOR_TOWN = "Wunsiedel";

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private Demo() {}

  /** A session authenticated as the demo account of the role, by bearer token. Never log it out. */
  public static Api as(URI base, String role) {
    String token = TOKENS.computeIfAbsent(base + role, k -> logIn(base, EMAIL.get(role), PASSWORD));
    return new Api(base).bearer(token);
  }

  public static String logIn(URI base, String email, String password) {
    Api.Res r = new Api(base).post("api/auth/login", Json.createObjectBuilder()
        .add("email", email).add("password", password).build().toString());
    if (r.status() != 200) {
      throw new IllegalStateException("login of " + email + " failed: " + r);
    }
    return r.obj().getString("token");
  }
}
