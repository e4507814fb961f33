package de.pilotnetz.member;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

  @Inject Invitations invitations;
  @Context UriInfo uri;

  @GET
  public List<InvitationView> list() {
    return invitations.list();
  }

  @POST
  public Response invite(@NotNull @Valid Invite cmd) {
    InvitationView v = invitations.invite(cmd);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build()).entity(v).build();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    invitations.revoke(id);
    return Response.noContent().build();
  }

  /** The token travels in the query, not the path, so that access logs do not keep it. */
  @GET
  @Path("preview")
  public InvitationPreview preview(@QueryParam("token") String token) {
    return invitations.preview(token);
  }

  @POST
  @Path("accept")
  public Response accept(@NotNull @Valid AcceptInvitation cmd, @Context jakarta.servlet.http.HttpServletRequest req) {
    Session s = invitations.accept(cmd);
    boolean secure = req.isSecure() || "https".equalsIgnoreCase(req.getHeader("X-Forwarded-Proto"));
    return AuthResource.withSessionCookies(Response.status(201).entity(s), s, secure, false).build();
  }
}
