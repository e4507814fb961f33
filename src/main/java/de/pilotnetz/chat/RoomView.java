package de.pilotnetz.chat;

/**
 * A room in the caller's list: {@code member} says whether the caller has joined, {@code unread}
 * counts others' messages after the caller's read marker, {@code lastSeq} is the room's newest
 * event number (the client's {@code since} for a first subscribe).
 */
public record RoomView(long id, RoomKind kind, String name, String description, boolean member,
    long memberCount, long unread, long lastSeq, long lastReadSeq) {}
