package de.pilotnetz.member;

import de.pilotnetz.platform.errors.Gone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password-reset link: valid one hour, used once. */
@Entity
@Table(name = "password_reset")
class PasswordReset {
  @Id
  @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
  Long id;

  @Column(name = "member_id", nullable = false)
  Long memberId;

  @Column(name = "token_hash", nullable = false, unique = true)
  String tokenHash;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(name = "used_at")
  Instant usedAt;

  protected PasswordReset() {}

  PasswordReset(Long memberId, String tokenHash, Instant now, Instant expiresAt) {
    this.memberId = memberId;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  void use(Instant now) {
    if (usedAt != null) {
      throw new Gone("Dieser Link wurde schon benutzt. Fordern Sie bei Bedarf einen neuen an.");
    }
    if (!now.isBefore(expiresAt)) {
      throw new Gone("Dieser Link ist abgelaufen. Fordern Sie einen neuen an.");
    }
    usedAt = now;
  }
}
