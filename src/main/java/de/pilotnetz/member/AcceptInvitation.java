package de.pilotnetz.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code affiliation} is required for experts: the company or body they work for. */
public record AcceptInvitation(
    @NotBlank @Size(max = 100) String token,
    @NotBlank @Size(max = 120) String displayName,
    @NotBlank @Size(max = 200) String password,
    @Size(max = 200) String affiliation) {}
