package de.pilotnetz.chat;

/**
 * A member of the room was mentioned ({@code @Name}) in a message. Fired after commit, only for
 * members of the room; the notification feature observes it.
 */
public record ChatMentioned(long roomId, long messageId, long memberId) {}
