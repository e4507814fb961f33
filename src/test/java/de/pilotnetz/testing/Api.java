package de.pilotnetz.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small HTTP client for integration tests: one instance is one browser-like session (cookies),
 * optionally with a bearer token. Talks to the server on 127.0.0.1.
 */
public class Api {
  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private String bearer;
  private final List<String[]> extraHeaders = new ArrayList<>();

  public Api(URL arquillianBase) {
    this(URI.create("http://127.0.0.1:" + arquillianBase.getPort() + "/"));
  }

  public Api(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  public URI base() {
    return base;
  }

  public CookieManager cookies() {
    return cookies;
  }

  public Api bearer(String token) {
    this.bearer = token;
    return this;
  }

  /** A header sent with every following request of this session. */
  public Api header(String name, String value) {
    extraHeaders.removeIf(h -> h[0].equalsIgnoreCase(name));
    if (value != null) {
      extraHeaders.add(new String[] {name, value});
    }
    return this;
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(c -> c.getValue()).findFirst();
  }

  public Res get(String path) {
    return send(request(path).GET());
  }

  public Res delete(String path) {
    return send(request(path).DELETE());
  }

  public Res post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Res put(String path, String json, String ifMatch) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  public Res send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder b = request(path).method(method, body);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
        .timeout(Duration.ofSeconds(60));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    extraHeaders.forEach(h -> b.header(h[0], h[1]));
    return b;
  }

  public Res send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with helpers to read it as JSON. */
  public record Res(int status, java.net.http.HttpHeaders headers, String body) {
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonStructure json() {
      try (var r = Json.createReader(new StringReader(body))) {
        return r.read();
      }
    }

    public JsonObject obj() {
      return (JsonObject) json();
    }

    public JsonArray arr() {
      return (JsonArray) json();
    }

    /** Asserts nothing; formats the response for assertion messages. */
    @Override
    public String toString() {
      return status + " " + contentType() + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
    }
  }

  public static String json(JsonValue v) {
    return v.toString();
  }
}
