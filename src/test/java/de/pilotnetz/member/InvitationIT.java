package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.MailSink;
import de.pilotnetz.testing.Members;
import jakarta.mail.Message;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class InvitationIT {

  @ArquillianResource URL base;
  Api admin;
  Api anonymous;
  long wunsiedel;

  @BeforeEach
  void setUp() {
    MailSink.start();
    anonymous = new Api(base);
    admin = Demo.as(anonymous.base(), "ADMIN");
    wunsiedel = Members.municipality(anonymous.base(), "Wunsiedel");
  }

  static String email() {
    return "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@test.pilotnetz.example";
  }

  String invite(Api who, String email, String roles, Long municipality) {
    Res r = who.post("api/invitations", "{\"email\":\"" + email + "\",\"roles\":[" + roles + "]"
        + (municipality == null ? "" : ",\"municipalityId\":" + municipality) + "}");
    assertEquals(201, r.status(), r::toString);
    return MailSink.token(MailSink.await(email, "Einladung"));
  }

  @Test
  void invitedStaffAcceptsAndIsLoggedInWithoutBeingVerified() {
    String email = email();
    String token = invite(admin, email, "\"STAFF\"", wunsiedel);
    Message mail = MailSink.await(email, "Einladung");
    assertTrue(MailSink.body(mail).contains("/#/einladung?token="), MailSink.body(mail));

    Res preview = anonymous.get("api/invitations/preview?token=" + token);
    assertEquals(200, preview.status(), preview::toString);
    assertEquals("Wunsiedel", preview.obj().getString("municipality"));

    Res accepted = anonymous.post("api/invitations/accept", "{\"token\":\"" + token
        + "\",\"displayName\":\"Lea Sommer\",\"password\":\"" + Members.PASSWORD + "\"}");
    assertEquals(201, accepted.status(), accepted::toString);
    Res me = anonymous.get("api/me");
    assertEquals("Lea Sommer", me.obj().getString("displayName"));
    assertEquals(false, me.obj().getBoolean("verified"));
    assertEquals("Wunsiedel", me.obj().getJsonObject("municipality").getString("name"));

    Res again = new Api(anonymous.base()).post("api/invitations/accept", "{\"token\":\"" + token
        + "\",\"displayName\":\"Zweiter Versuch\",\"password\":\"" + Members.PASSWORD + "\"}");
    assertEquals(410, again.status(), again::toString);
    assertEquals(410, anonymous.get("api/invitations/preview?token=" + token).status());
  }

  @Test
  void weakPasswordIsRefusedAndNothingIsCreated() {
    String email = email();
    String token = invite(admin, email, "\"EXPERT\"", null);
    for (String weak : new String[] {"kurz", "passwort1234", "aaaaaaaaaaaaaaa"}) {
      Res r = anonymous.post("api/invitations/accept", "{\"token\":\"" + token
          + "\",\"displayName\":\"Schwach\",\"password\":\"" + weak + "\",\"affiliation\":\"Firma\"}");
      assertEquals(400, r.status(), r::toString);
      assertEquals("password", r.obj().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    Res noDisclosure = anonymous.post("api/invitations/accept", "{\"token\":\"" + token
        + "\",\"displayName\":\"Ohne Angabe\",\"password\":\"" + Members.PASSWORD + "\"}");
    assertEquals(400, noDisclosure.status(), noDisclosure::toString);
    assertEquals("affiliation", noDisclosure.obj().getJsonArray("errors").getJsonObject(0).getString("field"));
    // The invitation is still open and nobody was created.
    assertEquals(200, anonymous.get("api/invitations/preview?token=" + token).status());
    assertFalse(admin.get("api/members?q=Schwach").body().contains("Schwach"));
  }

  @Test
  void unknownTokenIs404() {
    assertEquals(404, anonymous.get("api/invitations/preview?token=gibt-es-nicht").status());
    assertEquals(404, anonymous.post("api/invitations/accept",
        "{\"token\":\"gibt-es-nicht\",\"displayName\":\"X\",\"password\":\"" + Members.PASSWORD + "\"}").status());
  }

  @Test
  void badInvitationsAre4xxNamingTheField() {
    Res badEmail = admin.post("api/invitations", "{\"email\":\"kein-at-zeichen\",\"roles\":[\"EXPERT\"]}");
    assertEquals(400, badEmail.status(), badEmail::toString);
    assertEquals("email", badEmail.obj().getJsonArray("errors").getJsonObject(0).getString("field"));
    Res mayorWithoutTown = admin.post("api/invitations", "{\"email\":\"" + email() + "\",\"roles\":[\"MAYOR\"]}");
    assertEquals(400, mayorWithoutTown.status());
    assertEquals("municipalityId", mayorWithoutTown.obj().getJsonArray("errors").getJsonObject(0).getString("field"));
    Res unknownTown = admin.post("api/invitations", "{\"email\":\"" + email() + "\",\"roles\":[\"STAFF\"],\"municipalityId\":99999}");
    assertEquals(400, unknownTown.status());
    Res existing = admin.post("api/invitations", "{\"email\":\"" + Demo.EMAIL.get("EXPERT") + "\",\"roles\":[\"EXPERT\"]}");
    assertEquals(409, existing.status(), existing::toString);
    Res unknownRole = admin.post("api/invitations", "{\"email\":\"" + email() + "\",\"roles\":[\"KOENIG\"]}");
    assertEquals(400, unknownRole.status(), unknownRole::toString);
  }

  @Test
  void moderatorsInviteButCannotHandOutModeration() {
    Api moderator = Demo.as(anonymous.base(), "MODERATOR");
    invite(moderator, email(), "\"EXPERT\"", null);
    Res r = moderator.post("api/invitations", "{\"email\":\"" + email() + "\",\"roles\":[\"MODERATOR\"]}");
    assertEquals(403, r.status(), r::toString);
  }

  @Test
  void revokedInvitationCannotBeAccepted() {
    String email = email();
    String token = invite(admin, email, "\"EXPERT\"", null);
    long id = admin.get("api/invitations").arr().stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    assertEquals(204, admin.delete("api/invitations/" + id).status());
    assertEquals(410, anonymous.get("api/invitations/preview?token=" + token).status());
  }
}
