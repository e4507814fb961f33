package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AuthIT {

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(base).header("X-Forwarded-For", "10.9.0." + (int) (Math.random() * 200 + 1));
  }

  static String login(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void loginAnswersTokenMemberAndSafeCookies() {
    Res r = api.post("api/auth/login", login(Demo.EMAIL.get("MAYOR").toUpperCase(), Demo.PASSWORD));
    assertEquals(200, r.status(), r::toString);
    assertFalse(r.obj().getString("token").isBlank());
    assertEquals("Karin Hofmann", r.obj().getJsonObject("member").getString("displayName"));
    List<String> cookies = r.headers().allValues("Set-Cookie");
    String session = cookies.stream().filter(c -> c.startsWith("PILOTNETZ_SESSION=")).findFirst().orElseThrow();
    assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
    String csrf = cookies.stream().filter(c -> c.startsWith("PILOTNETZ_CSRF=")).findFirst().orElseThrow();
    assertFalse(csrf.contains("HttpOnly"), csrf);
    // The cookie alone authenticates reads.
    Res me = api.get("api/me");
    assertEquals(200, me.status(), me::toString);
    assertEquals(Demo.EMAIL.get("MAYOR"), me.obj().getString("email"));
  }

  @Test
  void unknownEmailAndWrongPasswordGetTheSameAnswer() {
    Res wrong = api.post("api/auth/login", login(Demo.EMAIL.get("STAFF"), "falsches-passwort-123"));
    Res unknown = api.post("api/auth/login", login("niemand@demo.pilotnetz.example", "falsches-passwort-123"));
    assertEquals(401, wrong.status(), wrong::toString);
    assertEquals(401, unknown.status(), unknown::toString);
    assertEquals(wrong.body(), unknown.body());
    assertTrue(wrong.contentType().startsWith("application/problem+json"));
  }

  @Test
  void bearerTokenWorksAndLogoutRevokesIt() {
    String token = Demo.logIn(api.base(), Demo.EMAIL.get("EXPERT"), Demo.PASSWORD);
    Api script = new Api(api.base()).bearer(token);
    assertEquals(200, script.get("api/me").status());
    assertEquals(204, script.post("api/auth/logout", "").status());
    assertEquals(401, script.get("api/me").status());
  }

  @Test
  void invalidBearerIs401AndAnonymousMeIs401() {
    assertEquals(401, new Api(api.base()).bearer("erfunden").get("api/me").status());
    assertEquals(401, new Api(api.base()).get("api/me").status());
  }

  @Test
  void personalApiTokensCanBeCreatedListedAndRevoked() {
    Api expert = Demo.as(api.base(), "EXPERT");
    Res created = expert.post("api/me/tokens", "{\"name\":\"Skript Auswertung\",\"expiresInDays\":30}");
    assertEquals(201, created.status(), created::toString);
    String secret = created.obj().getString("token");
    long id = created.obj().getJsonNumber("id").longValue();
    Api script = new Api(api.base()).bearer(secret);
    assertEquals(200, script.get("api/me").status());
    Res list = expert.get("api/me/tokens");
    assertTrue(list.body().contains("Skript Auswertung"));
    assertFalse(list.body().contains(secret), "the secret is shown only once");
    // Someone else cannot revoke it.
    assertEquals(404, Demo.as(api.base(), "STAFF").delete("api/me/tokens/" + id).status());
    assertEquals(204, expert.delete("api/me/tokens/" + id).status());
    assertEquals(401, script.get("api/me").status());
  }

  @Test
  void loginValidatesInput() {
    Res r = api.post("api/auth/login", "{\"email\":\"\"}");
    assertEquals(400, r.status(), r::toString);
    assertNotNull(r.obj().getJsonArray("errors"));
  }

  @Test
  void auditLogRecordsLoginsAndFailures() {
    api.post("api/auth/login", login(Demo.EMAIL.get("STAFF"), "noch-ein-falsches-pw"));
    Res audit = Demo.as(api.base(), "ADMIN").get("api/admin/audit?action=LOGIN_FAILED&size=20");
    assertEquals(200, audit.status(), audit::toString);
    assertTrue(audit.body().contains(Demo.EMAIL.get("STAFF")), audit::toString);
    assertTrue(audit.body().contains("10.9.0."), "the address is recorded: " + audit);
  }
}
