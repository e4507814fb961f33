package de.pilotnetz.member;

import de.pilotnetz.platform.errors.Gone;
import de.pilotnetz.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** An admin's or moderator's invitation: valid 14 days, used once. */
@Entity
@Table(name = "invitation")
class Invitation {
  @Id
  @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  Long id;

  @Column(nullable = false)
  String email;

  /** Comma-separated role names. */
  @Column(nullable = false)
  String roles;

  @Column(name = "municipality_id")
  Long municipalityId;

  @Column(name = "invited_by", nullable = false)
  Long invitedBy;

  @Column(name = "token_hash", nullable = false, unique = true)
  String tokenHash;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(name = "accepted_at")
  Instant acceptedAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  protected Invitation() {}

  Invitation(String email, Set<Role> roles, Long municipalityId, Long invitedBy, String tokenHash,
      Instant now, Instant expiresAt) {
    this.email = email;
    this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.municipalityId = municipalityId;
    this.invitedBy = invitedBy;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  Set<Role> roleSet() {
    return Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
        .collect(Collectors.toSet());
  }

  String status(Instant now) {
    if (acceptedAt != null) {
      return "ACCEPTED";
    }
    if (revokedAt != null) {
      return "REVOKED";
    }
    return now.isBefore(expiresAt) ? "OPEN" : "EXPIRED";
  }

  /** Throws 410 unless the invitation can still be accepted. */
  void requireOpen(Instant now) {
    switch (status(now)) {
      case "ACCEPTED" -> throw new Gone("Diese Einladung wurde schon angenommen.");
      case "REVOKED" -> throw new Gone("Diese Einladung wurde zurückgezogen.");
      case "EXPIRED" -> throw new Gone("Diese Einladung ist abgelaufen. Bitten Sie um eine neue.");
      default -> { }
    }
  }

  void accept(Instant now) {
    requireOpen(now);
    acceptedAt = now;
  }

  void revoke(Instant now) {
    requireOpen(now);
    revokedAt = now;
  }
}
