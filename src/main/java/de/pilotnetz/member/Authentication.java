package de.pilotnetz.member;

import de.pilotnetz.audit.Audit;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.errors.Unauthorized;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Logins, sessions and personal API tokens. A session's secret is the bearer token and the
 * session cookie at once; only hashes are stored, so a database leak reveals no usable token.
 */
@ApplicationScoped
@Transactional
public class Authentication {
  static final Duration SESSION_LIFETIME = Duration.ofDays(14);
  private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);

  /** What the filter learns from a token. */
  public record Authenticated(Caller caller, long tokenId, boolean session, String csrfHash) {}

  @Inject MemberRepository repo;
  @Inject Passwords passwords;
  @Inject LoginThrottle throttle;
  @Inject Audit audit;
  @Inject Views views;
  @Inject Access access;
  @Inject Clock clock;

  /** A hash to verify against when the e-mail is unknown, so that both cases take equally long. */
  private volatile String decoyHash;

  public Session logIn(LogIn cmd, String address) {
    String email = Member.normaliseEmail(cmd.email());
    String from = address == null ? "unknown" : address;
    throttle.check(email, from);
    Optional<Member> found = repo.byEmail(email).filter(m -> !m.erased());
    boolean ok;
    if (found.isPresent()) {
      ok = passwords.verify(cmd.password(), found.get().passwordHash());
    } else {
      passwords.verify(cmd.password(), decoy());
      ok = false;
    }
    if (!ok) {
      throttle.recordFailure(email, from);
      audit.recordAs(found.map(Member::id).orElse(null), null, "LOGIN_FAILED", email, null);
      throw new Unauthorized("E-Mail-Adresse oder Passwort ist falsch.");
    }
    Member m = found.get();
    Session s = openSession(m);
    audit.recordAs(m.id(), m.displayName(), "LOGIN", "member:" + m.id(), null);
    return s;
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = passwords.hash(Secrets.newSecret());
    }
    return decoyHash;
  }

  Session openSession(Member m) {
    String secret = Secrets.newSecret();
    String csrf = Secrets.newSecret();
    Instant now = clock.instant();
    repo.add(new AuthToken(m.id(), AuthToken.Kind.SESSION, null, Secrets.hash(secret),
        Secrets.hash(csrf), now, now.plus(SESSION_LIFETIME)));
    return new Session(secret, csrf, views.me(m));
  }

  /** Ends the session or revokes the API token the caller used. */
  public void logOut(String secret) {
    if (secret == null) {
      return;
    }
    repo.tokenByHash(Secrets.hash(secret)).ifPresent(t -> t.revoke(clock.instant()));
  }

  /** The caller behind a session or API token, if it is valid. */
  public Optional<Authenticated> authenticate(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<AuthToken> token = repo.tokenByHash(Secrets.hash(secret)).filter(t -> t.usableAt(now));
    if (token.isEmpty()) {
      return Optional.empty();
    }
    AuthToken t = token.get();
    Optional<Member> member = repo.find(t.memberId).filter(m -> !m.erased());
    if (member.isEmpty()) {
      return Optional.empty();
    }
    if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(TOUCH_INTERVAL))) {
      t.lastUsedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }
    Member m = member.get();
    Caller caller = new Caller(m.id(), m.displayName(), m.roles(), m.municipalityId());
    return Optional.of(new Authenticated(caller, t.id, t.kind == AuthToken.Kind.SESSION, t.csrfHash));
  }

  /** The caller for a member id (a redeemed WebSocket ticket), unless erased. */
  public Optional<Caller> callerOf(long memberId) {
    return repo.find(memberId).filter(m -> !m.erased())
        .map(m -> new Caller(m.id(), m.displayName(), m.roles(), m.municipalityId()));
  }

  /** SHA-256 of a random secret, as stored for tokens; for other features' single-use secrets. */
  public static String hashSecret(String secret) {
    return Secrets.hash(secret);
  }

  /** A new random secret (256 bits, URL-safe). */
  public static String newSecret() {
    return Secrets.newSecret();
  }

  public static boolean csrfMatches(String header, String csrfHash) {
    return header != null && header.length() <= 100 && Secrets.sameHash(Secrets.hash(header), csrfHash);
  }

  // Personal API tokens

  public ApiTokenView createApiToken(CreateApiToken cmd) {
    Caller c = access.member();
    String secret = Secrets.newSecret();
    Instant now = clock.instant();
    Instant expires = cmd.expiresInDays() == null ? null : now.plus(Duration.ofDays(cmd.expiresInDays()));
    AuthToken t = repo.add(new AuthToken(c.memberId(), AuthToken.Kind.API, cmd.name().trim(),
        Secrets.hash(secret), null, now, expires));
    audit.record("API_TOKEN_CREATED", "member:" + c.memberId(), cmd.name());
    return new ApiTokenView(t.id, t.name, t.createdAt, t.expiresAt, null, secret);
  }

  public List<ApiTokenView> apiTokens() {
    Caller c = access.member();
    return repo.apiTokens(c.memberId()).stream()
        .map(t -> new ApiTokenView(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedAt, null)).toList();
  }

  public void revokeApiToken(long id) {
    Caller c = access.member();
    AuthToken t = repo.token(id).filter(x -> x.kind == AuthToken.Kind.API && x.revokedAt == null)
        .orElseThrow(() -> new NotFound("Der Token wurde nicht gefunden."));
    if (!t.memberId.equals(c.memberId())) {
      throw new NotFound("Der Token wurde nicht gefunden.");
    }
    t.revoke(clock.instant());
    audit.record("API_TOKEN_REVOKED", "member:" + c.memberId(), t.name);
  }
}
