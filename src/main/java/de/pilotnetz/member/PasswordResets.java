package de.pilotnetz.member;

import de.pilotnetz.audit.Audit;
import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.mail.Mail;
import de.pilotnetz.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * "Passwort vergessen": a link valid one hour, used once. The request answers the same whether
 * the address is known or not, so it cannot be used to find out who is a member.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {
  static final Duration VALIDITY = Duration.ofHours(1);

  @Inject MemberRepository repo;
  @Inject Passwords passwords;
  @Inject Mailer mailer;
  @Inject Settings settings;
  @Inject Audit audit;
  @Inject Clock clock;

  public void request(RequestPasswordReset cmd) {
    repo.byEmail(cmd.email()).filter(m -> !m.erased()).ifPresent(m -> {
      String secret = Secrets.newSecret();
      Instant now = clock.instant();
      repo.add(new PasswordReset(m.id(), Secrets.hash(secret), now, now.plus(VALIDITY)));
      boolean en = "en".equals(m.language());
      mailer.sendAfterCommit(new Mail(m.email(),
          en ? "Reset your Pilotnetz password" : "Ihr Passwort im Pilotnetz",
          (en ? "Set a new password within one hour:\n" : "Setzen Sie innerhalb einer Stunde ein neues Passwort:\n")
              + settings.baseUrl() + "/#/passwort-neu?token=" + secret + "\n\n"
              + (en ? "If you did not ask for this, ignore this e-mail."
                  : "Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.")
              + "\n\n-- \nPilotnetz"));
      audit.recordAs(m.id(), m.displayName(), "PASSWORD_RESET_REQUESTED", "member:" + m.id(), null);
    });
  }

  /** Sets the new password and ends every session and token of the member. */
  public void reset(ResetPassword cmd) {
    if (cmd.token().length() > 100) {
      throw new NotFound("Dieser Link ist ungültig.");
    }
    PasswordReset r = repo.resetByHash(Secrets.hash(cmd.token()))
        .orElseThrow(() -> new NotFound("Dieser Link ist ungültig."));
    Member m = repo.find(r.memberId).filter(x -> !x.erased())
        .orElseThrow(() -> new NotFound("Dieser Link ist ungültig."));
    Instant now = clock.instant();
    r.use(now);
    passwords.checkStrength("password", cmd.password(), m.email());
    m.changePassword(passwords.hash(cmd.password()));
    repo.revokeAll(m.id(), now);
    audit.recordAs(m.id(), m.displayName(), "PASSWORD_RESET", "member:" + m.id(), null);
  }
}
