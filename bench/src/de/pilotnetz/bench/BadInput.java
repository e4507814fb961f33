package de.pilotnetz.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bad-input sweep: every operation of the served OpenAPI document, with hostile path values,
 * query values and bodies, once anonymous and once with an admin token. The figure is the number
 * of 5xx answers (target 0). Path ids are never real ones, so the sweep changes no real record;
 * logout is sent without the token only, so the admin token stays valid.
 */
final class BadInput {

  static final List<String> PATH_VALUES = List.of("999999999", "abc", "-1",
      "%27%20OR%201%3D1--", "%FF%FE", "9".repeat(300), "%00", "1.5e308");
  static final List<String> QUERY_VALUES = List.of("'; drop table member;--", "title:(a AND",
      "*?~^\\/[]{}\"", "%C3%28", "%FF", "-1", "99999999999999999999", "x".repeat(8000), "%00",
      "\" OR \"\"=\"", "NaN");

  private record Body(String name, String contentType, byte[] bytes) {}

  private BadInput() {}

  static List<Body> bodies() {
    List<Body> b = new ArrayList<>();
    b.add(body("malformed", "{\"name\": "));
    b.add(body("not an object", "[1,2,3]"));
    b.add(body("string", "\"hallo\""));
    b.add(body("empty", ""));
    b.add(body("null", "null"));
    b.add(body("wrong types", "{\"name\":123,\"title\":[],\"email\":{},\"password\":true,"
        + "\"token\":1.5e308,\"state\":null,\"population\":\"viele\",\"ags\":-1,\"roles\":\"ADMIN\","
        + "\"verified\":\"ja\",\"body\":{\"x\":1},\"displayName\":[null],\"website\":42}"));
    b.add(body("huge number", "{\"population\":1" + "0".repeat(400) + ",\"name\":\"x\"}"));
    b.add(body("lucene and sql characters", "{\"name\":\"title:(a AND b\\\\) OR 1=1; drop table x;--\","
        + "\"email\":\"a'@b\\\"c\",\"q\":\"*?~^[]{}\",\"password\":\"' OR ''='\",\"state\":\"Bayern' --\"}"));
    b.add(new Body("invalid UTF-8", "application/json",
        concat("{\"name\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28,
            (byte) 0xFF, (byte) 0xFE}, "\"}".getBytes(StandardCharsets.UTF_8))));
    b.add(body("NUL characters", "{\"name\":\"a\\u0000b\",\"email\":\"\\u0000@x\"}"));
    b.add(body("deep nesting", "[".repeat(20000) + "]".repeat(20000)));
    b.add(body("huge body 2 MiB", "{\"name\":\"" + "ä".repeat(1024 * 1024) + "\"}"));
    b.add(new Body("wrong content type", "text/plain", "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
    b.add(new Body("form", "application/x-www-form-urlencoded", "name=%FF&x=1".getBytes(StandardCharsets.UTF_8)));
    return b;
  }

  static void run() throws Exception {
    Http h = new Http(Bench.base());
    HttpResponse<String> doc = h.get("/openapi", null);
    if (doc.statusCode() != 200) {
      Bench.skipped("bad-input sweep", "/openapi answers " + doc.statusCode());
      return;
    }
    JsonObject api = Http.json(doc.body());
    String prefix = api.getJsonArray("servers").getJsonObject(0).getString("url");
    String token = null;
    try {
      token = h.login(Http.ADMIN);
    } catch (RuntimeException e) {
      System.out.println("bad-input: no admin token (" + e.getMessage() + "), anonymous only");
    }
    long sent = 0;
    long fiveXX = 0;
    long noAnswer = 0;
    int operations = 0;
    List<String> failures = new ArrayList<>();
    List<Body> bodies = bodies();
    long deadline = System.nanoTime() + 600_000_000_000L;
    for (Map.Entry<String, JsonValue> path : api.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        String method = op.getKey().toUpperCase();
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        operations++;
        List<String> queryParams = new ArrayList<>();
        JsonObject o = op.getValue().asJsonObject();
        if (o.containsKey("parameters")) {
          for (JsonValue p : o.getJsonArray("parameters")) {
            if ("query".equals(p.asJsonObject().getString("in", ""))) {
              queryParams.add(p.asJsonObject().getString("name"));
            }
          }
        }
        List<String[]> targets = new ArrayList<>(); // uri, body name
        for (String v : PATH_VALUES) {
          targets.add(new String[] {prefix + path.getKey().replaceAll("\\{[^}]+}", v)});
        }
        String plain = prefix + path.getKey().replaceAll("\\{[^}]+}", "999999999");
        for (String qp : queryParams) {
          for (String v : QUERY_VALUES) {
            String enc = v.startsWith("%") ? v : SearchBench.enc(v);
            targets.add(new String[] {plain + "?" + qp + "=" + enc});
          }
        }
        boolean withBody = !method.equals("GET") && !method.equals("DELETE");
        for (String auth : new String[] {null, token}) {
          if (auth != null && path.getKey().endsWith("/logout")) {
            continue;
          }
          List<HttpRequest> reqs = new ArrayList<>();
          for (String[] t : targets) {
            reqs.add(build(h, method, t[0], withBody ? bodies.get(0) : null, auth));
          }
          if (withBody) {
            for (Body b : bodies) {
              reqs.add(build(h, method, plain, b, auth));
            }
          }
          for (HttpRequest r : reqs) {
            if (System.nanoTime() > deadline) {
              break;
            }
            sent++;
            try {
              int status = h.client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
              if (status >= 500) {
                fiveXX++;
                failures.add(status + " " + r.method() + " " + r.uri() + (auth != null ? " (admin)" : ""));
              }
            } catch (IOException e) {
              noAnswer++;
              failures.add("no answer (" + e.getClass().getSimpleName() + ") " + r.method() + " "
                  + shorten(r.uri().toString()));
            }
          }
        }
      }
    }
    Files.write(Bench.work().resolve("badinput-failures.txt"), failures, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
    Bench.row("bad-input sweep: requests sent (" + operations + " operations, anonymous + admin)",
        Long.toString(sent), "–", "–", "–", "info");
    Bench.correctness("bad-input sweep: 5xx answers", fiveXX, "0", fiveXX == 0);
    Bench.row("bad-input sweep: requests without an answer (connection closed)",
        Long.toString(noAnswer), "–", "–", "–", "info");
  }

  private static HttpRequest build(Http h, String method, String path, Body body, String token) {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(h.base + path));
    } catch (IllegalArgumentException e) {
      b = HttpRequest.newBuilder(URI.create(h.base + path.replace("%", "%25")));
    }
    b.timeout(java.time.Duration.ofSeconds(20)).header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", body.contentType())
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    }
    return b.build();
  }

  private static Body body(String name, String json) {
    return new Body(name, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
