package de.pilotnetz.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.RawHttp;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of bad request gets a 4xx problem+json, never HTML, a stack trace or a 500. */
@ExtendWith(ArquillianExtension.class)
class ErrorsIT {

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(base);
  }

  static void assertProblem(Res r, int status) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
    var p = r.obj();
    assertEquals(status, p.getInt("status"), r::toString);
    assertFalse(p.getString("title").isBlank());
    assertFalse(p.getString("detail").isBlank());
    assertTrue(p.containsKey("type"));
    assertFalse(r.body().contains("Exception"), r::toString);
    assertFalse(r.body().contains("\tat "), r::toString);
  }

  @Test
  void malformedJsonIs400() {
    assertProblem(api.post("api/municipalities", "{bad"), 400);
  }

  @Test
  void wrongTypesInJsonAre400() {
    assertProblem(api.post("api/municipalities", "{\"name\":\"x\",\"population\":\"viele\"}"), 400);
    assertProblem(api.post("api/municipalities", "[1,2,3]"), 400);
  }

  @Test
  void invalidUtf8Is400() {
    byte[] bytes = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    Res r = api.send("POST", "api/municipalities", "application/json", BodyPublishers.ofByteArray(bytes));
    assertTrue(r.status() >= 400 && r.status() < 500, r::toString);
  }

  @Test
  void unknownResourceIs404() {
    assertProblem(api.get("api/gibt-es-nicht"), 404);
    assertProblem(api.post("api/cases-unknown", "{bad"), 404);
  }

  @Test
  void wrongMethodIs405WithAllow() {
    Res r = api.delete("api/municipalities");
    assertProblem(r, 405);
    assertTrue(r.header("Allow").orElse("").contains("GET"), r::toString);
  }

  @Test
  void unsupportedMediaTypeIs415() {
    assertProblem(api.send("POST", "api/municipalities", "text/plain", BodyPublishers.ofString("x")), 415);
  }

  @Test
  void tooLargeBodyIs413ByContentLength() {
    byte[] body = new byte[2 * 1024 * 1024];
    Arrays.fill(body, (byte) 'a');
    RawHttp.Answer a = RawHttp.send(api.base(), "POST /api/municipalities HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n", body);
    assertEquals(413, a.status(), a::toString);
    assertTrue(a.head().toLowerCase().contains("application/problem+json"), a::toString);
  }

  @Test
  void tooLargeChunkedBodyIs413WhileReading() {
    StringBuilder chunked = new StringBuilder();
    String chunk = "a".repeat(64 * 1024);
    chunked.append("{\"name\":\"");
    String head = Integer.toHexString(chunked.length()) + "\r\n" + chunked + "\r\n";
    StringBuilder all = new StringBuilder(head);
    for (int i = 0; i < 40; i++) {
      all.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    all.append("0\r\n\r\n");
    RawHttp.Answer a = RawHttp.send(api.base(), "POST /api/municipalities HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
        + "\r\nConnection: close\r\n\r\n", all.toString().getBytes());
    assertEquals(413, a.status(), a::toString);
    assertFalse(a.body().contains("Exception"), a::toString);
  }

  @Test
  void beanValidationNamesTheFields() {
    Res r = api.post("api/municipalities", "{\"name\":\"\",\"ags\":\"123\",\"state\":\"Bayern\",\"population\":-1}");
    assertProblem(r, 400);
    var fields = r.obj().getJsonArray("errors").stream()
        .map(v -> v.asJsonObject().getString("field")).toList();
    assertTrue(fields.containsAll(java.util.List.of("name", "ags", "population")), r::toString);
    assertFalse(fields.contains("state"), r::toString);
  }

  @Test
  void missingBodyIs400() {
    assertProblem(api.post("api/municipalities", ""), 400);
  }

  @Test
  void pathParameterOfWrongTypeIs404NotServerError() {
    Stream.of("api/municipalities/abc", "api/municipalities/99999999999999999999",
            "api/municipalities/%27%20OR%201=1--")
        .forEach(p -> {
          Res r = api.get(p);
          assertTrue(r.status() == 404 || r.status() == 400, () -> p + " → " + r);
        });
  }
}
