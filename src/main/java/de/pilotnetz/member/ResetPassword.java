package de.pilotnetz.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ResetPassword(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 200) String password) {}
