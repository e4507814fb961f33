package de.pilotnetz.member;

/** Where and in which language (de, en) to write to a member; for features that send mail. */
public record MailContact(String email, String displayName, String language) {}
