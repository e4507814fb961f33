package de.pilotnetz.platform.security;

import de.pilotnetz.platform.errors.Forbidden;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.errors.Unauthorized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;

/**
 * The one place that knows roles and visibility tiers. Services ask it first; resources and
 * observers never check roles themselves. Content the caller may not read answers 404, so that its
 * existence does not leak.
 */
@ApplicationScoped
public class Access {

  @Inject CurrentCaller current;

  public Caller caller() {
    return current.get();
  }

  /** The caller, who must be logged in. */
  public Caller member() {
    Caller c = current.get();
    if (!c.isMember()) {
      throw new Unauthorized("Bitte melden Sie sich an.");
    }
    return c;
  }

  /** The caller, who must hold one of the roles. */
  public Caller requireAnyRole(Role... roles) {
    Caller c = member();
    if (Arrays.stream(roles).noneMatch(c::has)) {
      throw new Forbidden("Dafür fehlt Ihnen die Berechtigung.");
    }
    return c;
  }

  public Caller admin() {
    return requireAnyRole(Role.ADMIN);
  }

  /** Whether the caller may read an item of this tier, owned by one municipality and shared with others. */
  public static boolean canRead(Caller c, Visibility v, Long ownerMunicipality,
      Collection<Long> sharedWith) {
    return switch (v) {
      case PUBLIC -> true;
      case NETWORK -> c.isMember();
      case RESTRICTED -> c.isMember() && (c.isStaffOfPlatform()
          || (c.municipalityId() != null && (c.municipalityId().equals(ownerMunicipality)
              || sharedWith.contains(c.municipalityId()))));
    };
  }

  /** Throws 404 unless the current caller may read the item. */
  public Caller checkRead(String what, Visibility v, Long ownerMunicipality, Collection<Long> sharedWith) {
    Caller c = current.get();
    if (!canRead(c, v, ownerMunicipality, sharedWith)) {
      throw new NotFound(what + " wurde nicht gefunden.");
    }
    return c;
  }
}
