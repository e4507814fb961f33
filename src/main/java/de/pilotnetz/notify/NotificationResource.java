package de.pilotnetz.notify;

import de.pilotnetz.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;

@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {
  @Inject NotificationService notifications;
  @Inject DigestService digests;
  @Inject LiveStreams streams;

  @GET
  public NotificationPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return notifications.list(Paging.of(page, size, 20));
  }

  @POST
  @Path("read")
  public Map<String, Long> read(MarkRead cmd) {
    return Map.of("unread", notifications.markRead(cmd));
  }

  /** Server-Sent Events: the unread count first, then every new notification as it happens. */
  @GET
  @Path("stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(@Context SseEventSink sink, @Context Sse sse) {
    streams.open(notifications.streamStart(), sink, sse);
  }

  /** What the caller's weekly digest would contain now. */
  @GET
  @Path("digest")
  public List<DigestItem> digest() {
    return digests.preview();
  }
}
