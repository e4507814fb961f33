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

  /** The caller, who must be a moderator or an admin. */
  public Caller moderator() {
    return requireAnyRole(Role.MODERATOR, Role.ADMIN);
  }

  /** Moderators and admins moderate content: hide, restore, lock, move, accept for others. */
  public static boolean canModerate(Caller c) {
    return c.isMember() && c.isStaffOfPlatform();
  }

  /** Authors edit their own content; moderators edit everything. */
  public static boolean canEdit(Caller c, long authorId) {
    return c.isMember() && (Long.valueOf(authorId).equals(c.memberId()) || canModerate(c));
  }

  /** Hidden content is seen by moderators only (and stays in place for them to restore). */
  public static boolean canSeeHidden(Caller c) {
    return canModerate(c);
  }

  // Chat. Rooms are PUBLIC (any member may read and join), PRIVATE (members by invitation) or
  // DIRECT (1:1 and small groups). Platform staff moderate every room.

  /** Whether {@code c} may read and subscribe to a room of this kind. */
  public static boolean canReadChatRoom(Caller c, boolean publicRoom, boolean roomMember) {
    return c.isMember() && (roomMember || publicRoom || c.isStaffOfPlatform());
  }

  /** Whether {@code c} may post in a room: members only; a public room is joined on first post. */
  public static boolean canPostInChatRoom(Caller c, boolean publicRoom, boolean roomMember) {
    return c.isMember() && (roomMember || publicRoom);
  }

  /** Own messages are edited by their author only; deleted by the author or a moderator. */
  public static boolean canChangeChatMessage(Caller c, long authorId, boolean delete) {
    return c.isMember() && (c.memberId() == authorId || (delete && c.isStaffOfPlatform()));
  }

  /** Who may add others to a room: its members (private and direct) or staff; public rooms: anyone joins. */
  public static boolean canInviteToChatRoom(Caller c, boolean roomMember) {
    return c.isMember() && (roomMember || c.isStaffOfPlatform());
  }

  /** Experts schedule office hours; moderators and admins too, for them. */
  public static boolean canHoldOfficeHour(Caller c) {
    return c.has(Role.EXPERT) || c.isStaffOfPlatform();
  }

  /** The expert who held the office hour, or a moderator, selects and publishes its Q&amp;A. */
  public static boolean canPublishOfficeHour(Caller c, long expertId) {
    return c.isMember() && (c.memberId() == expertId || c.isStaffOfPlatform());
  }

  // ---- Cases -------------------------------------------------------------------------------

  /** What the caller may read, as a list query needs it: tiers, own municipality, drafts. */
  public record ReadScope(boolean member, boolean everything, Long municipalityId,
      boolean draftsOfOwnMunicipality, boolean allDrafts) {}

  public ReadScope readScope() {
    return readScope(current.get());
  }

  /**
   * For list queries that cannot ask {@link #canRead} row by row: PUBLIC always; NETWORK for
   * members; RESTRICTED owned by or shared with the caller's municipality (all for staff of the
   * platform); drafts of the own municipality for its office, all drafts for admins.
   */
  public static ReadScope readScope(Caller c) {
    boolean admin = c.has(Role.ADMIN);
    boolean office = c.municipalityId() != null && (c.has(Role.MAYOR) || c.has(Role.STAFF));
    return new ReadScope(c.isMember(), c.isMember() && c.isStaffOfPlatform(), c.municipalityId(),
        office, admin);
  }

  /** Drafts are seen by the mayor and staff of the case's municipality and by admins. */
  public static boolean canReadCase(Caller c, boolean published, Visibility v, Long ownerMunicipality,
      Collection<Long> sharedWith) {
    if (!published) {
      return c.has(Role.ADMIN) || isOfficeOf(c, ownerMunicipality);
    }
    return canRead(c, v, ownerMunicipality, sharedWith);
  }

  /** Throws 404 unless the current caller may read the case. */
  public Caller checkReadCase(boolean published, Visibility v, Long ownerMunicipality,
      Collection<Long> sharedWith) {
    Caller c = current.get();
    if (!canReadCase(c, published, v, ownerMunicipality, sharedWith)) {
      throw new NotFound("Der Fall wurde nicht gefunden.");
    }
    return c;
  }

  /** Mayor or staff of exactly this municipality. */
  public static boolean isOfficeOf(Caller c, Long municipalityId) {
    return c.isMember() && municipalityId != null && municipalityId.equals(c.municipalityId())
        && (c.has(Role.MAYOR) || c.has(Role.STAFF));
  }

  /** Mayors and staff write cases of their own municipality; admins of any. */
  public static boolean canEditCase(Caller c, Long municipalityId) {
    return c.has(Role.ADMIN) || isOfficeOf(c, municipalityId);
  }

  /** The caller, who must be allowed to create a case for the municipality (403 otherwise). */
  public Caller checkCreateCase(Long municipalityId) {
    Caller c = member();
    if (!canEditCase(c, municipalityId)) {
      throw new Forbidden("Fälle legen Bürgermeisterinnen, Bürgermeister und Verwaltung ihrer eigenen Kommune an.");
    }
    return c;
  }

  /** After the read check: 403 unless the caller may edit the case. */
  public Caller checkEditCase(Long municipalityId) {
    Caller c = member();
    if (!canEditCase(c, municipalityId)) {
      throw new Forbidden("Diesen Fall bearbeiten nur Bürgermeisterin, Bürgermeister und Verwaltung der Kommune.");
    }
    return c;
  }

  /** Soft delete: the author or an admin. */
  public Caller checkDeleteCase(long authorId) {
    Caller c = member();
    if (!c.has(Role.ADMIN) && !Long.valueOf(authorId).equals(c.memberId())) {
      throw new Forbidden("Einen Fall löschen nur die Autorin oder der Autor und Admins.");
    }
    return c;
  }

  /** Publish: the mayor of the municipality, the author (who is mayor or staff there), or an admin. */
  public Caller checkPublishCase(Long municipalityId, long authorId) {
    Caller c = member();
    boolean mayor = c.has(Role.MAYOR) && isOfficeOf(c, municipalityId);
    boolean author = Long.valueOf(authorId).equals(c.memberId()) && isOfficeOf(c, municipalityId);
    if (!c.has(Role.ADMIN) && !mayor && !author) {
      throw new Forbidden("Veröffentlichen dürfen die Bürgermeisterin oder der Bürgermeister, die Autorin oder der Autor und Admins.");
    }
    return c;
  }

  /** Adoption: mayor or staff of another municipality than the case's. */
  public Caller checkAdoptCase(Long caseMunicipality) {
    Caller c = member();
    boolean office = c.municipalityId() != null && (c.has(Role.MAYOR) || c.has(Role.STAFF));
    if (!office || c.municipalityId().equals(caseMunicipality)) {
      throw new Forbidden("Eine Übernahme melden Bürgermeisterin, Bürgermeister oder Verwaltung einer anderen Kommune.");
    }
    return c;
  }
}
