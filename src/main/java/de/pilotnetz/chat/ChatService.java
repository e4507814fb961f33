package de.pilotnetz.chat;

import de.pilotnetz.member.Authentication;
import de.pilotnetz.member.MemberService;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** The REST use cases of chat: room list, rooms, history, membership and WebSocket tickets. */
@ApplicationScoped
@Transactional
public class ChatService {
  private static final Logger LOG = Logger.getLogger(ChatService.class.getName());
  static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);

  @Inject Access access;
  @Inject ChatRepository repo;
  @Inject MemberService members;
  @Inject Authentication authentication;
  @Inject Clock clock;

  public List<RoomView> rooms() {
    Caller c = access.member();
    return repo.rooms(c.memberId(), c.isStaffOfPlatform());
  }

  public RoomView create(CreateRoom cmd) {
    Caller c = access.member();
    Set<Long> others = new LinkedHashSet<>(cmd.memberIds() == null ? List.of() : cmd.memberIds());
    others.remove(c.memberId());
    for (Long id : others) {
      if (id == null || members.author(id).isEmpty()) {
        throw new InvalidInput("memberIds", "Mitglied " + id + " gibt es nicht.");
      }
    }
    String name = cmd.name() == null ? "" : cmd.name().strip();
    if (cmd.kind() == RoomKind.DIRECT) {
      if (others.isEmpty() || others.size() + 1 > RoomKind.DIRECT_MAX_MEMBERS) {
        throw new InvalidInput("memberIds", "Direktnachrichten gehen an 1 bis 9 andere Mitglieder.");
      }
      if (name.isEmpty()) {
        // every participant, the creator too: each of them sees the same name in the room list
        List<String> names = new ArrayList<>(List.of(c.displayName()));
        others.forEach(id -> names.add(members.author(id).get().displayName()));
        name = String.join(", ", names);
        name = name.length() > 120 ? name.substring(0, 119) + "…" : name;
      }
    } else if (name.isEmpty()) {
      throw new InvalidInput("name", "Bitte geben Sie dem Raum einen Namen.");
    }
    Instant now = clock.instant();
    ChatRoom r = repo.add(new ChatRoom(cmd.kind(), name, cmd.description(), c.memberId(), now));
    repo.addMember(r.id, c.memberId(), now);
    others.forEach(id -> repo.addMember(r.id, id, now));
    LOG.info(() -> "Chat room " + r.id + " (" + r.kind + ") created by member " + c.memberId());
    return view(c, r);
  }

  public List<MessageView> history(long roomId, Long before, Long after, Integer limit) {
    Caller c = access.member();
    readable(c, roomId);
    int n = limit == null ? 50 : limit;
    if (n < 1 || n > 200) {
      throw new InvalidInput("limit", "limit muss zwischen 1 und 200 liegen.");
    }
    return repo.history(roomId, before, after, n);
  }

  public RoomView addMember(long roomId, AddRoomMember cmd) {
    Caller c = access.member();
    ChatRoom r = repo.room(roomId).orElseThrow(ChatService::roomNotFound);
    boolean member = repo.isMember(roomId, c.memberId());
    long target = cmd == null || cmd.memberId() == null ? c.memberId() : cmd.memberId();
    if (target == c.memberId()) {
      if (!r.isPublic() && !member) {
        if (!Access.canReadChatRoom(c, false, false)) {
          throw roomNotFound();
        }
        throw new ChatError("forbidden", "Diesem Raum tritt man nur auf Einladung bei.");
      }
    } else {
      if (!Access.canReadChatRoom(c, r.isPublic(), member)) {
        throw roomNotFound();
      }
      if (!Access.canInviteToChatRoom(c, member)) {
        throw new ChatError("forbidden", "Nur Mitglieder des Raums können einladen.");
      }
      if (members.author(target).isEmpty()) {
        throw new InvalidInput("memberId", "Dieses Mitglied gibt es nicht.");
      }
      if (r.kind == RoomKind.DIRECT && !repo.isMember(roomId, target)
          && repo.memberCount(roomId) >= RoomKind.DIRECT_MAX_MEMBERS) {
        throw new ChatError("invalid", "Eine Direktnachricht hat höchstens 10 Teilnehmende.");
      }
    }
    repo.addMember(roomId, target, clock.instant());
    return view(c, r);
  }

  public void removeMember(long roomId, Long memberId) {
    Caller c = access.member();
    ChatRoom r = repo.room(roomId).orElseThrow(ChatService::roomNotFound);
    boolean member = repo.isMember(roomId, c.memberId());
    if (!Access.canReadChatRoom(c, r.isPublic(), member)) {
      throw roomNotFound();
    }
    long target = memberId == null ? c.memberId() : memberId;
    if (target != c.memberId() && !c.isStaffOfPlatform()) {
      throw new ChatError("forbidden", "Andere entfernen nur Moderatorinnen und Moderatoren.");
    }
    if (repo.removeMember(roomId, target) == 0) {
      throw new NotFound("Das Mitglied ist nicht in diesem Raum.");
    }
  }

  public TicketView ticket() {
    Caller c = access.member();
    String secret = Authentication.newSecret();
    Instant now = clock.instant();
    repo.purgeTickets(now.minus(Duration.ofMinutes(10)));
    repo.addTicket(Authentication.hashSecret(secret), c.memberId(), now.plus(TICKET_LIFETIME));
    return new TicketView(secret);
  }

  /** The caller behind a ticket, which is used up by this call. */
  Optional<Caller> redeem(String ticket) {
    if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
      return Optional.empty();
    }
    return repo.redeemTicket(Authentication.hashSecret(ticket), clock.instant())
        .flatMap(authentication::callerOf);
  }

  /** The caller behind a session cookie. */
  Optional<Caller> session(String secret) {
    return authentication.authenticate(secret).filter(Authentication.Authenticated::session)
        .map(Authentication.Authenticated::caller);
  }

  ChatRoom readable(Caller c, long roomId) {
    ChatRoom r = repo.room(roomId).orElseThrow(ChatService::roomNotFound);
    if (!Access.canReadChatRoom(c, r.isPublic(), repo.isMember(roomId, c.memberId()))) {
      throw roomNotFound();
    }
    return r;
  }

  private RoomView view(Caller c, ChatRoom r) {
    boolean member = repo.isMember(r.id, c.memberId());
    return new RoomView(r.id, r.kind, r.name, r.description, member, repo.memberCount(r.id),
        member ? repo.unread(r.id, c.memberId()) : 0, r.lastSeq, 0);
  }

  static ChatError roomNotFound() {
    return new ChatError("not_found", "Der Raum wurde nicht gefunden.");
  }
}
