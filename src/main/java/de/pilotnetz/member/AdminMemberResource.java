package de.pilotnetz.member;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What admins do with members: roles, verification, GDPR erasure. */
@Path("admin/members/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminMemberResource {

  @Inject MemberService members;

  @PUT
  @Path("roles")
  public MemberView assignRoles(@PathParam("id") long id, @NotNull @Valid AssignRoles cmd) {
    return members.assignRoles(id, cmd);
  }

  @PUT
  @Path("verification")
  public MemberView verify(@PathParam("id") long id, @NotNull @Valid SetVerified cmd) {
    return members.setVerified(id, cmd.verified());
  }

  @DELETE
  public Response erase(@PathParam("id") long id) {
    members.erase(id);
    return Response.noContent().build();
  }
}
