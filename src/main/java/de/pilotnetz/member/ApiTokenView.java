package de.pilotnetz.member;

import java.time.Instant;

/** {@code token} is only present once, in the answer to its creation. */
public record ApiTokenView(long id, String name, Instant createdAt, Instant expiresAt,
    Instant lastUsedAt, String token) {}
