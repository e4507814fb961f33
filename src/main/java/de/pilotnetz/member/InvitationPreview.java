package de.pilotnetz.member;

import java.util.List;

/** What the invitee sees before accepting. */
public record InvitationPreview(String email, List<String> roles, String municipality, boolean affiliationRequired) {}
