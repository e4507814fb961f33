package de.pilotnetz.search;

import java.util.Set;

/**
 * Which chat rooms a member belongs to, so that search shows chat messages of those rooms only.
 * Implemented by the chat feature (a CDI bean); without an implementation nobody but platform
 * staff finds chat messages.
 */
public interface RoomMembership {

  /** The ids of the rooms {@code memberId} belongs to. */
  Set<Long> roomsOf(long memberId);
}
