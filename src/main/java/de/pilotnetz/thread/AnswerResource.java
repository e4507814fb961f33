package de.pilotnetz.thread;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnswerResource {
  @Inject AnswerService answers;

  @PUT
  @Path("{id}")
  public Response edit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EditAnswer cmd) {
    AnswerView a = answers.edit(id, ThreadResource.version(ifMatch), cmd);
    return Response.ok(a).tag(ThreadResource.etag(a.version())).build();
  }

  @PUT
  @Path("{id}/vote")
  public AnswerView vote(@PathParam("id") long id, CastVote cmd) {
    return answers.vote(id, cmd);
  }

  @GET
  @Path("{id}/revisions")
  public List<RevisionView> revisions(@PathParam("id") long id) {
    return answers.revisions(id);
  }
}
