package de.pilotnetz.member;

import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.errors.Forbidden;
import de.pilotnetz.platform.errors.Unauthorized;
import de.pilotnetz.platform.security.CurrentCaller;
import de.pilotnetz.platform.web.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the caller of every API request: a bearer token (scripts) or the session cookie (the web
 * UI). Cookie-authenticated writes must carry the session's CSRF token in {@code X-CSRF-Token};
 * bearer requests need none, since a browser never adds that header on its own.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  public static final String SESSION_COOKIE = "PILOTNETZ_SESSION";
  public static final String CSRF_COOKIE = "PILOTNETZ_CSRF";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject Authentication authentication;
  @Inject CurrentCaller current;
  @Inject ClientAddress address;
  @Context HttpServletRequest request;
  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext ctx) {
    address.set(ClientAddress.resolve(request, settings.trustedProxies()));
    String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null) {
      String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
      Authentication.Authenticated a = Optional.ofNullable(token).flatMap(authentication::authenticate)
          .orElseThrow(() -> new Unauthorized("Der Token ist ungültig oder abgelaufen."));
      current.set(a.caller());
      return;
    }
    Cookie cookie = ctx.getCookies().get(SESSION_COOKIE);
    if (cookie == null) {
      return;
    }
    Optional<Authentication.Authenticated> a = authentication.authenticate(cookie.getValue());
    if (a.isEmpty()) {
      return; // an expired session is just no session
    }
    if (!SAFE.contains(ctx.getMethod())
        && !Authentication.csrfMatches(ctx.getHeaderString(CSRF_HEADER), a.get().csrfHash())) {
      throw new Forbidden("Der CSRF-Schutz fehlt oder ist falsch. Bitte laden Sie die Seite neu.");
    }
    current.set(a.get().caller());
  }

}
