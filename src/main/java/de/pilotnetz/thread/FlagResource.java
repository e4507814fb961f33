package de.pilotnetz.thread;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

@Path("flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {
  @Inject ModerationService moderation;

  @POST
  public Response flag(@Valid @NotNull FlagContent cmd) {
    return Response.status(201).entity(Map.of("id", moderation.flag(cmd))).build();
  }
}
