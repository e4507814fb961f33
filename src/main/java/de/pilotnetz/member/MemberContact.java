package de.pilotnetz.member;

import de.pilotnetz.platform.security.Caller;
import java.util.List;
import java.util.Set;
import de.pilotnetz.platform.security.Role;

/**
 * How to reach a member and what they may read: for notifications and digests only, never sent
 * to clients (it holds the e-mail address).
 */
public record MemberContact(long id, String displayName, String email, String language,
    EmailFrequency frequency, Set<Role> roles, Long municipalityId, List<String> topics) {

  /** The member as a caller, to ask {@code Access} what they may read. */
  public Caller asCaller() {
    return new Caller(id, displayName, roles, municipalityId);
  }

  public boolean english() {
    return "en".equals(language);
  }
}
