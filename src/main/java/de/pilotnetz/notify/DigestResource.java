package de.pilotnetz.notify;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Starts a digest run by hand (admins): {@code daily} or {@code weekly}. */
@Path("admin/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {
  @Inject DigestService digests;

  @POST
  @Path("{kind}")
  public Map<String, Integer> run(@PathParam("kind") String kind) {
    return Map.of("sent", digests.runNow(kind));
  }
}
