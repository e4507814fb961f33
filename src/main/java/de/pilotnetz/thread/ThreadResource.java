package de.pilotnetz.thread;

import de.pilotnetz.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

@Path("threads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreadResource {
  @Inject ThreadService threads;
  @Inject AnswerService answers;
  @Inject ModerationService moderation;

  @POST
  public Response ask(@Valid @NotNull AskQuestion cmd) {
    ThreadDetail t = threads.ask(cmd);
    return Response.created(URI.create("api/threads/" + t.id())).tag(etag(t.version())).entity(t).build();
  }

  @GET
  public ThreadPage list(@QueryParam("topic") String topic, @QueryParam("tag") String tag,
      @QueryParam("unanswered") String unanswered, @QueryParam("solved") String solved,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return threads.list(topic, tag, unanswered, solved, Paging.of(page, size, 20));
  }

  @GET
  @Path("stats")
  public List<TopicStats> stats() {
    return threads.stats();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    ThreadDetail t = threads.get(id);
    return Response.ok(t).tag(etag(t.version())).build();
  }

  @PUT
  @Path("{id}")
  public Response edit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EditQuestion cmd) {
    ThreadDetail t = threads.edit(id, version(ifMatch), cmd);
    return Response.ok(t).tag(etag(t.version())).build();
  }

  @POST
  @Path("{id}/answers")
  public Response answer(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key,
      @Valid @NotNull PostAnswer cmd) {
    AnswerService.Posted p = answers.answer(id, cmd, key);
    return Response.status(p.replay() ? 200 : 201).location(URI.create("api/answers/" + p.answer().id()))
        .tag(etag(p.answer().version())).entity(p.answer()).build();
  }

  @POST
  @Path("{id}/accept")
  public ThreadDetail accept(@PathParam("id") long id, AcceptAnswer cmd) {
    return answers.accept(id, cmd);
  }

  @POST
  @Path("{id}/lock")
  public ThreadDetail lock(@PathParam("id") long id) {
    return moderation.lock(id, true);
  }

  @POST
  @Path("{id}/unlock")
  public ThreadDetail unlock(@PathParam("id") long id) {
    return moderation.lock(id, false);
  }

  @PUT
  @Path("{id}/topic")
  public ThreadDetail move(@PathParam("id") long id, @Valid @NotNull MoveTopic cmd) {
    return moderation.move(id, cmd);
  }

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version in an If-Match header ({@code "3"} or {@code W/"3"}); null when missing, -1 when unreadable. */
  static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
