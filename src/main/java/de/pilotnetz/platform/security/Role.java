package de.pilotnetz.platform.security;

/** What a member is in the network; a member may hold several roles. */
public enum Role {
  /** Manages members and settings. */
  ADMIN,
  /** Moderates content and invites. */
  MODERATOR,
  MAYOR,
  /** Municipal staff. */
  STAFF,
  EXPERT
}
