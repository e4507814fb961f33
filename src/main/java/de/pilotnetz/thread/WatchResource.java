package de.pilotnetz.thread;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("watches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatchResource {
  @Inject WatchService watches;

  @GET
  public List<WatchView> mine() {
    return watches.mine();
  }

  @PUT
  public WatchView watch(@Valid @NotNull SetWatch cmd) {
    return watches.watch(cmd);
  }

  @DELETE
  public Response unwatch(@QueryParam("kind") WatchKind kind, @QueryParam("target") String target) {
    watches.unwatch(kind, target);
    return Response.noContent().build();
  }
}
