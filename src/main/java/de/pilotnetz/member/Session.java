package de.pilotnetz.member;

/**
 * A new login session. {@code token} works as a bearer token and is also set as the HttpOnly
 * session cookie; {@code csrfToken} must accompany cookie-authenticated writes.
 */
public record Session(String token, String csrfToken, MeView member) {}
