package de.pilotnetz.member;

import jakarta.validation.constraints.NotNull;

public record SetVerified(@NotNull Boolean verified) {}
