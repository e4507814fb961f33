package de.pilotnetz.search;

import java.util.Set;

/**
 * Who is searching. Admins and moderators ({@code admin}) read everything; members read PUBLIC,
 * NETWORK and RESTRICTED documents shared with their municipality, and chat of their rooms;
 * anonymous visitors read PUBLIC cases and threads only.
 */
public record Viewer(boolean anonymous, Long municipalityId, Set<Long> roomIds, boolean admin) {

  public Viewer {
    roomIds = roomIds == null ? Set.of() : Set.copyOf(roomIds);
    if (anonymous && admin) {
      throw new IllegalArgumentException("admin: an anonymous viewer cannot be admin");
    }
  }

  public static Viewer anonymousVisitor() {
    return new Viewer(true, null, Set.of(), false);
  }

  public static Viewer member(Long municipalityId, Set<Long> roomIds) {
    return new Viewer(false, municipalityId, roomIds, false);
  }

  public static Viewer administrator() {
    return new Viewer(false, null, Set.of(), true);
  }
}
