package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cookie-authenticated writes need the session's CSRF token; bearer requests do not. */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {

  @ArquillianResource URL base;
  Api browser;
  String csrf;
  static final String PROFILE = "{\"displayName\":\"Tobias Brandl\",\"organisation\":\"Stadt Wunsiedel\","
      + "\"position\":\"%s\",\"topics\":[\"Digitale Verwaltung\"],\"language\":\"de\"}";

  @BeforeEach
  void logIn() {
    browser = new Api(base);
    Res r = browser.post("api/auth/login", AuthIT.login(Demo.EMAIL.get("STAFF"), Demo.PASSWORD));
    assertEquals(200, r.status(), r::toString);
    csrf = browser.cookie("PILOTNETZ_CSRF").orElseThrow();
  }

  @Test
  void writeWithoutCsrfHeaderIs403AndChangesNothing() {
    Res r = browser.put("api/me", String.format(PROFILE, "Angreifer"), null);
    assertEquals(403, r.status(), r::toString);
    assertEquals("application/problem+json", r.contentType());
    assertEquals(false, browser.get("api/me").body().contains("Angreifer"));
  }

  @Test
  void writeWithWrongCsrfHeaderIs403() {
    browser.header("X-CSRF-Token", "geraten");
    assertEquals(403, browser.put("api/me", String.format(PROFILE, "Angreifer"), null).status());
  }

  @Test
  void writeWithTheSessionsCsrfTokenSucceeds() {
    browser.header("X-CSRF-Token", csrf);
    Res r = browser.put("api/me", String.format(PROFILE, "Digitalisierungsbeauftragter"), null);
    assertEquals(200, r.status(), r::toString);
  }

  @Test
  void bearerWritesNeedNoCsrfToken() {
    Api script = Demo.as(browser.base(), "STAFF");
    assertEquals(200, script.put("api/me", String.format(PROFILE, "Digitalisierungsbeauftragter"), null).status());
  }

  @Test
  void csrfTokenOfAnotherSessionIsRefused() {
    Api other = new Api(browser.base());
    other.post("api/auth/login", AuthIT.login(Demo.EMAIL.get("STAFF"), Demo.PASSWORD));
    browser.header("X-CSRF-Token", other.cookie("PILOTNETZ_CSRF").orElseThrow());
    assertEquals(403, browser.put("api/me", String.format(PROFILE, "X"), null).status());
  }
}
