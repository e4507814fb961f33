package de.pilotnetz.chat;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Chat over REST: rooms, history, membership, WebSocket tickets and office hours. */
@Path("chat")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
public class ChatResource {
  @Inject ChatService chat;
  @Inject OfficeHourService officeHours;
  @Context UriInfo uri;

  @GET
  @Path("rooms")
  public List<RoomView> rooms() {
    return chat.rooms();
  }

  @POST
  @Path("rooms")
  public Response create(@NotNull @Valid CreateRoom cmd) {
    RoomView r = chat.create(cmd);
    return Response.created(uri.getBaseUriBuilder().path("chat/rooms/{id}/messages").build(r.id()))
        .entity(r).build();
  }

  @GET
  @Path("rooms/{id}/messages")
  public List<MessageView> messages(@PathParam("id") long id, @QueryParam("before") Long before,
      @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
    return chat.history(id, before, after, limit);
  }

  @POST
  @Path("rooms/{id}/members")
  public RoomView addMember(@PathParam("id") long id, AddRoomMember cmd) {
    return chat.addMember(id, cmd);
  }

  @DELETE
  @Path("rooms/{id}/members")
  public Response removeMember(@PathParam("id") long id, @QueryParam("memberId") Long memberId) {
    chat.removeMember(id, memberId);
    return Response.noContent().build();
  }

  @POST
  @Path("ticket")
  public TicketView ticket() {
    return chat.ticket();
  }

  @GET
  @Path("office-hours")
  public List<OfficeHourView> officeHours() {
    return officeHours.upcoming();
  }

  @POST
  @Path("office-hours")
  public Response schedule(@NotNull @Valid ScheduleOfficeHour cmd) {
    OfficeHourView o = officeHours.schedule(cmd);
    return Response.created(uri.getBaseUriBuilder().path("chat/office-hours").build()).entity(o).build();
  }

  @POST
  @Path("office-hours/{id}/publication")
  public Response publish(@PathParam("id") long id, @NotNull @Valid PublishOfficeHour cmd) {
    OfficeHourView o = officeHours.publish(id, cmd);
    return Response.status("PENDING".equals(o.publication()) ? 202 : 200).entity(o).build();
  }
}
