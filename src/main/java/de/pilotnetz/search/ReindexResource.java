package de.pilotnetz.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

  @Inject SearchService search;

  @GET
  public ReindexStatus status() {
    return search.reindexStatus();
  }

  @POST
  public Response start() {
    return Response.accepted(search.reindex()).build();
  }
}
