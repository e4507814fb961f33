package de.pilotnetz.topic;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TopicResource {

  public record AddTopic(@NotBlank @Size(max = 100) String name) {}

  @Inject TopicService topics;

  @GET
  public List<String> list() {
    return topics.names();
  }

  @POST
  public Response add(@NotNull @Valid AddTopic cmd) {
    return Response.status(201).entity(List.of(topics.add(cmd.name()))).build();
  }
}
