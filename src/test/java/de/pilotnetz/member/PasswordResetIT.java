package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.MailSink;
import de.pilotnetz.testing.Members;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

  @ArquillianResource URL base;

  @Test
  void resetSetsTheNewPasswordOnceAndEndsOldSessions() {
    Api anonymous = new Api(base);
    Members.Created m = Members.create(anonymous.base(), "EXPERT", null);
    assertEquals(202, anonymous.post("api/auth/password-reset", "{\"email\":\"" + m.email() + "\"}").status());
    String token = MailSink.token(MailSink.await(m.email(), "Passwort"));

    Res weak = anonymous.post("api/auth/password-reset/confirm", "{\"token\":\"" + token + "\",\"password\":\"123\"}");
    assertEquals(400, weak.status(), weak::toString);

    String newPassword = "Neues-Sicheres-Passwort-7";
    Res ok = anonymous.post("api/auth/password-reset/confirm", "{\"token\":\"" + token + "\",\"password\":\"" + newPassword + "\"}");
    assertEquals(204, ok.status(), ok::toString);
    assertEquals(401, m.api(anonymous.base()).get("api/me").status(), "old sessions end");
    Demo.logIn(anonymous.base(), m.email(), newPassword);

    Res reuse = anonymous.post("api/auth/password-reset/confirm", "{\"token\":\"" + token + "\",\"password\":\"Noch-Ein-Passwort-99\"}");
    assertEquals(410, reuse.status(), reuse::toString);
  }

  @Test
  void unknownAddressGetsTheSameAnswerAndNoMail() {
    String nobody = "niemand-reset@test.pilotnetz.example";
    Res r = new Api(base).post("api/auth/password-reset", "{\"email\":\"" + nobody + "\"}");
    assertEquals(202, r.status(), r::toString);
    MailSink.start();
    assertTrue(MailSink.to(nobody).isEmpty());
  }
}
