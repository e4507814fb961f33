package de.pilotnetz.member;

import de.pilotnetz.audit.Audit;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.errors.Conflict;
import de.pilotnetz.platform.errors.Forbidden;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.mail.Mail;
import de.pilotnetz.platform.mail.Mailer;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The only way into the network: an admin or moderator invites by e-mail; the link is valid 14
 * days and works once. Moderators may not hand out the admin or moderator role.
 */
@ApplicationScoped
@Transactional
public class Invitations {
  static final Duration VALIDITY = Duration.ofDays(14);

  @Inject MemberRepository repo;
  @Inject MemberService members;
  @Inject Authentication authentication;
  @Inject Passwords passwords;
  @Inject MunicipalityService municipalities;
  @Inject Access access;
  @Inject Audit audit;
  @Inject Mailer mailer;
  @Inject Settings settings;
  @Inject Clock clock;

  public InvitationView invite(Invite cmd) {
    Caller c = access.requireAnyRole(Role.ADMIN, Role.MODERATOR);
    if (!c.has(Role.ADMIN) && (cmd.roles().contains(Role.ADMIN) || cmd.roles().contains(Role.MODERATOR))) {
      throw new Forbidden("Nur Administratorinnen und Administratoren vergeben diese Rolle.");
    }
    String email = Member.normaliseEmail(cmd.email());
    if (repo.byEmail(email).isPresent()) {
      throw new Conflict("Diese E-Mail-Adresse gehört schon zu einem Mitglied.");
    }
    Long muni = members.requireMunicipalityFor(cmd.roles(), cmd.municipalityId());
    Instant now = clock.instant();
    repo.openInvitationsFor(email).forEach(old -> old.revoke(now));
    String secret = Secrets.newSecret();
    Invitation inv = repo.add(new Invitation(email, cmd.roles(), muni, c.memberId(),
        Secrets.hash(secret), now, now.plus(VALIDITY)));
    mailer.sendAfterCommit(new Mail(email, "Einladung in das Pilotnetz",
        "Guten Tag,\n\n" + c.displayName() + " lädt Sie in das Pilotnetz ein, das Netzwerk der"
            + " digitalen Pilotkommunen.\n\nNehmen Sie die Einladung innerhalb von 14 Tagen an:\n"
            + settings.baseUrl() + "/#/einladung?token=" + secret + "\n\n"
            + "Der Link funktioniert nur einmal. Wenn Sie die Einladung nicht erwartet haben,"
            + " können Sie diese E-Mail ignorieren.\n\n-- \nPilotnetz"));
    audit.record("INVITATION_SENT", "invitation:" + inv.id, email + " " + inv.roles);
    return view(inv, now);
  }

  public List<InvitationView> list() {
    access.requireAnyRole(Role.ADMIN, Role.MODERATOR);
    Instant now = clock.instant();
    return repo.invitations().stream().map(i -> view(i, now)).toList();
  }

  public void revoke(long id) {
    access.requireAnyRole(Role.ADMIN, Role.MODERATOR);
    Invitation inv = repo.invitation(id).orElseThrow(() -> new NotFound("Einladung nicht gefunden."));
    inv.revoke(clock.instant());
    audit.record("INVITATION_REVOKED", "invitation:" + id, inv.email);
  }

  /** What the invitee sees before accepting; 404 for an unknown link, 410 for a used or expired one. */
  public InvitationPreview preview(String token) {
    Invitation inv = byToken(token);
    inv.requireOpen(clock.instant());
    String town = inv.municipalityId == null ? null
        : municipalities.find(inv.municipalityId).map(m -> m.name()).orElse(null);
    return new InvitationPreview(inv.email, inv.roleSet().stream().map(Enum::name).sorted().toList(),
        town, inv.roleSet().contains(Role.EXPERT));
  }

  /** Creates the member and logs them in. Nothing is stored when any part is invalid. */
  public Session accept(AcceptInvitation cmd) {
    Invitation inv = byToken(cmd.token());
    Instant now = clock.instant();
    inv.requireOpen(now);
    passwords.checkStrength("password", cmd.password(), inv.email);
    String affiliation = MemberService.blankToNull(cmd.affiliation());
    if (inv.roleSet().contains(Role.EXPERT) && affiliation == null) {
      throw new InvalidInput("affiliation",
          "Expertinnen und Experten geben an, für wen sie arbeiten (Unternehmen, Behörde oder \"unabhängig\").");
    }
    if (repo.byEmail(inv.email).isPresent()) {
      throw new Conflict("Diese E-Mail-Adresse gehört schon zu einem Mitglied.");
    }
    inv.accept(now);
    Member m = repo.add(new Member(inv.email, cmd.displayName().trim(), passwords.hash(cmd.password()),
        inv.roleSet(), inv.municipalityId, now));
    m.editProfile(m.displayName(), null, null, affiliation, null, List.of(), "de", EmailFrequency.IMMEDIATE);
    repo.flush(); // the session row refers to the member row, which EclipseLink would insert later
    audit.recordAs(m.id(), m.displayName(), "INVITATION_ACCEPTED", "invitation:" + inv.id, inv.email);
    return authentication.openSession(m);
  }

  private Invitation byToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFound("Diese Einladung gibt es nicht.");
    }
    return repo.invitationByHash(Secrets.hash(token))
        .orElseThrow(() -> new NotFound("Diese Einladung gibt es nicht."));
  }

  private static InvitationView view(Invitation i, Instant now) {
    return new InvitationView(i.id, i.email, i.roleSet().stream().map(Enum::name).sorted().toList(),
        i.municipalityId, i.status(now), i.createdAt, i.expiresAt);
  }
}
