package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.Members;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * More than 5 failures for one account or 20 from one address in 15 minutes → 429 with
 * Retry-After; the block holds even for the right password.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

  @ArquillianResource URL base;

  private Api from(String address) {
    return new Api(base).header("X-Forwarded-For", address);
  }

  @Test
  void sixthAttemptOnOneAccountIs429EvenWithTheRightPassword() {
    Api client = from("10.20.0.1");
    // A fresh member to lock out, so that the demo accounts stay usable.
    Members.Created m = Members.create(client.base(), "EXPERT", null);
    String email = m.email();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, client.post("api/auth/login", AuthIT.login(email, "falsch-" + i + "-xxxxxx")).status());
    }
    Res blocked = client.post("api/auth/login", AuthIT.login(email, "falsch-6-xxxxxxx"));
    assertEquals(429, blocked.status(), blocked::toString);
    long retry = Long.parseLong(blocked.header("Retry-After").orElseThrow());
    assertTrue(retry > 800 && retry <= 901, "Retry-After " + retry);
    Res right = client.post("api/auth/login", AuthIT.login(email, m.password()));
    assertEquals(429, right.status(), "the right password does not lift the block: " + right);
    // From another address too: the account is what is protected.
    assertEquals(429, from("10.20.0.2").post("api/auth/login", AuthIT.login(email, "x-x-x-x-x-x-x")).status());
  }

  @Test
  void twentyFailuresFromOneAddressBlockThatAddressOnly() {
    Api attacker = from("10.30.0.1");
    for (int i = 0; i < 20; i++) {
      Res r = attacker.post("api/auth/login", AuthIT.login("rate-" + i + "@demo.pilotnetz.example", "falsch-falsch-1"));
      assertEquals(401, r.status(), r::toString);
    }
    Res blocked = attacker.post("api/auth/login", AuthIT.login(Demo.EMAIL.get("EXPERT"), Demo.PASSWORD));
    assertEquals(429, blocked.status(), blocked::toString);
    assertTrue(blocked.header("Retry-After").isPresent());
    Res other = from("10.30.0.2").post("api/auth/login", AuthIT.login(Demo.EMAIL.get("EXPERT"), Demo.PASSWORD));
    assertEquals(200, other.status(), other::toString);
  }
}
