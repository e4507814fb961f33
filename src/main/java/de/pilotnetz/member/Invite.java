package de.pilotnetz.member;

import de.pilotnetz.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

public record Invite(
    @NotBlank @Email @Size(max = 254) String email,
    @NotEmpty Set<Role> roles,
    Long municipalityId) {}
