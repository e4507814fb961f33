package de.pilotnetz.platform.mail;

/** A plain-text e-mail to one recipient. Never put confidential content in it: link to it. */
public record Mail(String to, String subject, String text) {}
