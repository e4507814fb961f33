package de.pilotnetz.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes demo rooms and messages without callers; used by the demo package only. */
@ApplicationScoped
@Transactional
public class ChatDemoSeed {
  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject ChatRepository repo;
  @Inject MessageService messages;
  @Inject Clock clock;

  public long room(String kind, String name, String description, String creatorEmail, List<String> memberEmails) {
    Instant now = clock.instant();
    ChatRoom r = repo.add(new ChatRoom(RoomKind.valueOf(kind), name, description, member(creatorEmail), now));
    repo.addMember(r.id, member(creatorEmail), now);
    memberEmails.forEach(e -> repo.addMember(r.id, member(e), now));
    return r.id;
  }

  public void say(long roomId, String email, String text) {
    long id = member(email);
    var caller = new de.pilotnetz.platform.security.Caller(id, email, java.util.Set.of(), null);
    messages.send(caller, roomId, UUID.randomUUID().toString(), text);
  }

  public void officeHour(long roomId, String expertEmail, String topic, Duration from, int minutes) {
    Instant start = clock.instant().plus(from).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    em.persist(new OfficeHour(roomId, member(expertEmail), topic, start, minutes, clock.instant()));
  }

  private long member(String email) {
    return ChatRepository.num(em.createNativeQuery("select id from member_account where email = ?")
        .setParameter(1, email).getSingleResult());
  }
}
