package de.pilotnetz.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LogIn(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {}
