package de.pilotnetz.member;

import de.pilotnetz.platform.web.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject Authentication authentication;
  @Inject PasswordResets resets;
  @Inject ClientAddress address;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  @POST
  @Path("login")
  public Response logIn(@NotNull @Valid LogIn cmd) {
    Session s = authentication.logIn(cmd, address.get());
    return withSessionCookies(Response.ok(s), s, secure(), false).build();
  }

  @POST
  @Path("logout")
  public Response logOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @CookieParam(AuthenticationFilter.SESSION_COOKIE) String cookie) {
    String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).trim() : cookie;
    authentication.logOut(token);
    return withSessionCookies(Response.noContent(), null, secure(), true).build();
  }

  @POST
  @Path("password-reset")
  public Response requestReset(@NotNull @Valid RequestPasswordReset cmd) {
    resets.request(cmd);
    return Response.accepted().build();
  }

  @POST
  @Path("password-reset/confirm")
  public Response reset(@NotNull @Valid ResetPassword cmd) {
    resets.reset(cmd);
    return Response.noContent().build();
  }

  private boolean secure() {
    String proto = request.getHeader("X-Forwarded-Proto");
    return request.isSecure() || "https".equalsIgnoreCase(proto) || "https".equals(uri.getBaseUri().getScheme());
  }

  /** Session cookie (HttpOnly) and the CSRF cookie the UI copies into its header; or both cleared. */
  static Response.ResponseBuilder withSessionCookies(Response.ResponseBuilder r, Session s, boolean secure,
      boolean clear) {
    int age = clear ? 0 : (int) Authentication.SESSION_LIFETIME.toSeconds();
    NewCookie session = new NewCookie.Builder(AuthenticationFilter.SESSION_COOKIE)
        .value(clear ? "" : s.token()).path("/").httpOnly(true).secure(secure)
        .sameSite(NewCookie.SameSite.LAX).maxAge(age).build();
    NewCookie csrf = new NewCookie.Builder(AuthenticationFilter.CSRF_COOKIE)
        .value(clear ? "" : s.csrfToken()).path("/").httpOnly(false).secure(secure)
        .sameSite(NewCookie.SameSite.LAX).maxAge(age).build();
    return r.cookie(session, csrf);
  }
}
