package de.pilotnetz.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A personal API token; without {@code expiresInDays} it lives until revoked. */
public record CreateApiToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(730) Integer expiresInDays) {}
