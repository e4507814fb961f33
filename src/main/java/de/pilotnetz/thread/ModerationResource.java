package de.pilotnetz.thread;

import de.pilotnetz.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The moderators' queue and actions; {@code kind} is {@code thread} or {@code answer}. */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {
  @Inject ModerationService moderation;

  @GET
  @Path("queue")
  public List<FlagView> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
    return moderation.queue(Paging.of(page, size, 50));
  }

  @POST
  @Path("{kind}/{id}/hide")
  public Response hide(@PathParam("kind") String kind, @PathParam("id") long id) {
    moderation.hide(kind, id, true);
    return Response.noContent().build();
  }

  @POST
  @Path("{kind}/{id}/restore")
  public Response restore(@PathParam("kind") String kind, @PathParam("id") long id) {
    moderation.hide(kind, id, false);
    return Response.noContent().build();
  }
}
