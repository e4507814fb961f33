package de.pilotnetz.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login session or a personal API token. Only the SHA-256 of the secret is stored; the secret
 * itself is shown once. Sessions also carry the hash of their CSRF token.
 */
@Entity
@Table(name = "auth_token")
class AuthToken {
  enum Kind { SESSION, API }

  @Id
  @SequenceGenerator(name = "auth_token_seq", sequenceName = "auth_token_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auth_token_seq")
  Long id;

  @Column(name = "member_id", nullable = false)
  Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Kind kind;

  String name;

  @Column(name = "token_hash", nullable = false, unique = true)
  String tokenHash;

  @Column(name = "csrf_hash")
  String csrfHash;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at")
  Instant expiresAt;

  @Column(name = "last_used_at")
  Instant lastUsedAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  protected AuthToken() {}

  AuthToken(Long memberId, Kind kind, String name, String tokenHash, String csrfHash, Instant now,
      Instant expiresAt) {
    this.memberId = memberId;
    this.kind = kind;
    this.name = name;
    this.tokenHash = tokenHash;
    this.csrfHash = csrfHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }
}
