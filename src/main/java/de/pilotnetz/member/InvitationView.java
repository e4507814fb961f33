package de.pilotnetz.member;

import java.time.Instant;
import java.util.List;

public record InvitationView(long id, String email, List<String> roles, Long municipalityId,
    String status, Instant createdAt, Instant expiresAt) {}
