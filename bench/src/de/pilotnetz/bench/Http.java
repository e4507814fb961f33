package de.pilotnetz.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for 127.0.0.1 only. */
final class Http {

  static final String ADMIN = "admin@demo.pilotnetz.example";
  static final String MAYOR = "buergermeisterin@demo.pilotnetz.example";
  static final String PASSWORD = "Pilotnetz-Demo-2026";

  final HttpClient client;
  final String base;

  Http(String base) {
    if (!URI.create(base).getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("bench load goes to 127.0.0.1 only: " + base);
    }
    this.base = base;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path).header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Bearer token of a demo account. */
  String login(String email) throws IOException, InterruptedException {
    HttpResponse<String> r = postJson("/api/auth/login",
        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("login " + email + ": " + r.statusCode() + " " + r.body());
    }
    return json(r.body()).getString("token");
  }

  static JsonObject json(String s) {
    try (JsonReader r = Json.createReader(new StringReader(s))) {
      return r.readObject();
    }
  }

  static jakarta.json.JsonArray array(String s) {
    try (JsonReader r = Json.createReader(new StringReader(s))) {
      return r.readArray();
    }
  }

  /** True when the server answers 200 on {@code /health/ready} within {@code timeout}. */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      try {
        if (client.send(request("/health/ready").timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    return false;
  }
}
