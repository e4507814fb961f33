package de.pilotnetz.member;

import de.pilotnetz.platform.security.Role;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

public record AssignRoles(@NotNull Set<Role> roles, Long municipalityId) {}
