package de.pilotnetz.platform.security;

import java.util.Set;

/**
 * Who is making the current request. Anonymous callers have no member id and no roles.
 *
 * @param municipalityId the member's municipality, if any (mayors and staff always have one)
 */
public record Caller(Long memberId, String displayName, Set<Role> roles, Long municipalityId) {

  private static final Caller ANONYMOUS = new Caller(null, null, Set.of(), null);

  public Caller {
    roles = Set.copyOf(roles);
  }

  public static Caller anonymous() {
    return ANONYMOUS;
  }

  public boolean isMember() {
    return memberId != null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Admins and moderators see and moderate everything. */
  public boolean isStaffOfPlatform() {
    return has(Role.ADMIN) || has(Role.MODERATOR);
  }
}
