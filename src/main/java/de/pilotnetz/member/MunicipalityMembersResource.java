package de.pilotnetz.member;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The members of one municipality, for its page. */
@Path("municipalities/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityMembersResource {

  @Inject MemberService members;

  @GET
  public List<MemberView> ofMunicipality(@PathParam("id") long id) {
    return members.ofMunicipality(id);
  }
}
