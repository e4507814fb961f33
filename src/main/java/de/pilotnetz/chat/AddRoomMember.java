package de.pilotnetz.chat;

/** Joins (no {@code memberId}, or one's own) or invites another member. */
public record AddRoomMember(Long memberId) {}
