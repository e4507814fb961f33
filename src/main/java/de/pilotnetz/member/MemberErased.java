package de.pilotnetz.member;

/** Fired after a member's personal data was erased; features scrub what they keep of them. */
public record MemberErased(long memberId) {}
