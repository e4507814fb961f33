package de.pilotnetz.municipality;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

  @Inject MunicipalityService municipalities;

  @GET
  public List<MunicipalityView> list(@QueryParam("state") String state, @QueryParam("q") String q) {
    return municipalities.list(state, q);
  }

  @GET
  @Path("{id}")
  public MunicipalityView get(@PathParam("id") long id) {
    return municipalities.get(id);
  }

  @GET
  @Path("{id}/similar")
  public List<SimilarMunicipality> similar(@PathParam("id") long id) {
    return municipalities.similar(id, 5);
  }

  @POST
  public Response register(@NotNull @Valid RegisterMunicipality cmd, @Context UriInfo uri) {
    MunicipalityView created = municipalities.register(cmd);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created).build();
  }
}
