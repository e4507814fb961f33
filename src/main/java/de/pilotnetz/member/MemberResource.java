package de.pilotnetz.member;

import de.pilotnetz.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The member directory (members only). */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

  @Inject MemberService members;

  @GET
  public List<MemberView> directory(@QueryParam("role") String role, @QueryParam("state") String state,
      @QueryParam("topic") String topic, @QueryParam("q") String q, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return members.directory(role, state, topic, q, Paging.of(page, size, 50));
  }

  /** Up to ten members for @mention autocomplete in editors. */
  @GET
  @Path("mentionable")
  public List<MemberView> mentionable(@QueryParam("q") String q) {
    return members.mentionable(q);
  }

  @GET
  @Path("{id}")
  public MemberView get(@PathParam("id") long id) {
    return members.get(id);
  }
}
