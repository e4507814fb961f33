package de.pilotnetz.member;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject MemberService members;
  @Inject Authentication authentication;

  @GET
  public MeView me() {
    return members.me();
  }

  @PUT
  public MeView edit(@NotNull @Valid EditProfile cmd) {
    return members.editProfile(cmd);
  }

  @GET
  @Path("export")
  public Response export() {
    Map<String, Object> data = members.exportMine();
    return Response.ok(data).header("Content-Disposition", "attachment; filename=\"pilotnetz-daten.json\"").build();
  }

  @GET
  @Path("tokens")
  public List<ApiTokenView> tokens() {
    return authentication.apiTokens();
  }

  @POST
  @Path("tokens")
  public Response createToken(@NotNull @Valid CreateApiToken cmd) {
    return Response.status(201).entity(authentication.createApiToken(cmd)).build();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revokeToken(@PathParam("id") long id) {
    authentication.revokeApiToken(id);
    return Response.noContent().build();
  }
}
