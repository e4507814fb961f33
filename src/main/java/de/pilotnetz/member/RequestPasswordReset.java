package de.pilotnetz.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RequestPasswordReset(@NotBlank @Size(max = 254) String email) {}
