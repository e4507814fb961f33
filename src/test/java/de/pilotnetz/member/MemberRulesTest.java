package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.errors.Gone;
import de.pilotnetz.platform.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberRulesTest {
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void blockLiftsWhenEnoughFailuresHaveLeftTheWindow() {
    List<Instant> five = List.of(NOW.minusSeconds(600), NOW.minusSeconds(500), NOW.minusSeconds(400),
        NOW.minusSeconds(300), NOW.minusSeconds(200));
    // The oldest failure leaves the 15-minute window in 300 s; then only 4 remain.
    assertEquals(301, LoginThrottle.secondsUntilBelow(five, 5, NOW));
  }

  @Test
  void invitationIsOpenFourteenDaysAndOnlyOnce() {
    Invitation inv = new Invitation("a@b.example", Set.of(Role.EXPERT), null, 1L, "h", NOW,
        NOW.plus(Invitations.VALIDITY));
    assertEquals("OPEN", inv.status(NOW.plus(Duration.ofDays(13))));
    assertEquals("EXPIRED", inv.status(NOW.plus(Duration.ofDays(14))));
    assertThrows(Gone.class, () -> inv.requireOpen(NOW.plus(Duration.ofDays(15))));
    inv.accept(NOW.plusSeconds(10));
    assertEquals("ACCEPTED", inv.status(NOW.plusSeconds(20)));
    assertThrows(Gone.class, () -> inv.accept(NOW.plusSeconds(30)));
    assertEquals(Set.of(Role.EXPERT), inv.roleSet());
  }

  @Test
  void passwordResetWorksOnceWithinAnHour() {
    PasswordReset r = new PasswordReset(1L, "h", NOW, NOW.plus(PasswordResets.VALIDITY));
    assertThrows(Gone.class, () -> new PasswordReset(1L, "h", NOW, NOW.plus(PasswordResets.VALIDITY))
        .use(NOW.plus(Duration.ofMinutes(61))));
    r.use(NOW.plus(Duration.ofMinutes(59)));
    assertThrows(Gone.class, () -> r.use(NOW.plus(Duration.ofMinutes(59))));
  }

  @Test
  void secretsAreRandomAndStoredOnlyAsHash() {
    String a = Secrets.newSecret();
    String b = Secrets.newSecret();
    assertNotEquals(a, b);
    assertEquals(43, a.length());
    assertEquals(64, Secrets.hash(a).length());
    assertTrue(Secrets.sameHash(Secrets.hash(a), Secrets.hash(a)));
    assertFalse(Secrets.sameHash(Secrets.hash(a), Secrets.hash(b)));
    assertTrue(Authentication.csrfMatches(a, Secrets.hash(a)));
    assertFalse(Authentication.csrfMatches(null, Secrets.hash(a)));
  }

  @Test
  void commonPasswordListIsLoadedInLowerCase() {
    Set<String> common = Passwords.load("/member/common-passwords.txt");
    assertTrue(common.contains("passwort1234"));
    assertTrue(common.contains("password123!"));
    assertTrue(common.size() > 80);
  }

  @Test
  void erasureRemovesPersonalDataButKeepsTheRow() {
    Member m = new Member("Karin@Example.org", "Karin", "hash", Set.of(Role.MAYOR), 7L, NOW);
    assertEquals("karin@example.org", m.email());
    m.erase(NOW);
    assertEquals(Member.ERASED_NAME, m.displayName());
    assertTrue(m.erased());
    assertTrue(m.roles().isEmpty());
    assertEquals(null, m.passwordHash());
    assertFalse(m.email().contains("karin"));
  }
}
