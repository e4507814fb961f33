package de.pilotnetz.chat;

import de.pilotnetz.member.MemberService;
import de.pilotnetz.platform.errors.Forbidden;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Expert office hours: schedule, list upcoming, select Q&amp;A and publish. Publishing needs the
 * thread feature ({@link OfficeHourPublisher}); without it the selection is stored as PENDING.
 */
@ApplicationScoped
@Transactional
public class OfficeHourService {
  private static final Logger LOG = Logger.getLogger(OfficeHourService.class.getName());

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject Access access;
  @Inject ChatService chat;
  @Inject ChatRepository repo;
  @Inject MemberService members;
  @Inject Instance<OfficeHourPublisher> publisher;
  @Inject Clock clock;

  public OfficeHourView schedule(ScheduleOfficeHour cmd) {
    Caller c = access.member();
    if (!Access.canHoldOfficeHour(c)) {
      throw new Forbidden("Sprechstunden bieten Expertinnen und Experten an.");
    }
    ChatRoom room = chat.readable(c, cmd.roomId());
    if (cmd.startsAt().isBefore(clock.instant())) {
      throw new InvalidInput("startsAt", "Der Beginn liegt in der Vergangenheit.");
    }
    OfficeHour o = new OfficeHour(room.id, c.memberId(), cmd.topic().strip(), cmd.startsAt(),
        cmd.durationMinutes(), clock.instant());
    em.persist(o);
    em.flush();
    LOG.info(() -> "Office hour " + o.id + " scheduled in room " + room.id);
    return view(o, room);
  }

  /** Office hours not yet over, in rooms the caller may read. */
  public List<OfficeHourView> upcoming() {
    Caller c = access.member();
    Set<Long> rooms = repo.readableRooms(c.memberId());
    List<OfficeHour> list = em.createQuery("select o from OfficeHour o where o.startsAt > :from"
        + " order by o.startsAt", OfficeHour.class)
        .setParameter("from", clock.instant().minus(java.time.Duration.ofHours(8))).getResultList();
    List<OfficeHourView> out = new ArrayList<>();
    Instant now = clock.instant();
    for (OfficeHour o : list) {
      if ((c.isStaffOfPlatform() || rooms.contains(o.roomId)) && o.endsAt().isAfter(now)) {
        out.add(view(o, repo.room(o.roomId).orElseThrow()));
      }
    }
    return out;
  }

  public OfficeHourView publish(long id, PublishOfficeHour cmd) {
    Caller c = access.member();
    OfficeHour o = em.find(OfficeHour.class, id);
    if (o == null) {
      throw new de.pilotnetz.platform.errors.NotFound("Die Sprechstunde wurde nicht gefunden.");
    }
    ChatRoom room = chat.readable(c, o.roomId);
    if (!Access.canPublishOfficeHour(c, o.expertId)) {
      throw new Forbidden("Veröffentlichen dürfen die Expertin oder der Experte und die Moderation.");
    }
    List<OfficeHourPublisher.Entry> entries = new ArrayList<>();
    em.createNativeQuery("delete from chat_office_hour_message where office_hour_id = ?")
        .setParameter(1, id).executeUpdate();
    select(o, cmd.questionIds(), true, entries);
    select(o, cmd.answerIds(), false, entries);
    if (publisher.isResolvable()) {
      o.threadId = publisher.get().publish(o.id, o.roomId, o.topic, o.expertId, entries);
      o.publication = "PUBLISHED";
    } else {
      o.publication = "PENDING"; // the thread feature has not landed yet
    }
    LOG.info(() -> "Office hour " + id + " publication " + o.publication);
    return view(o, room);
  }

  private void select(OfficeHour o, List<Long> ids, boolean question, List<OfficeHourPublisher.Entry> out) {
    for (Long mid : ids) {
      ChatMessage m = repo.message(mid).filter(x -> x.roomId.equals(o.roomId) && !x.deleted())
          .orElseThrow(() -> new InvalidInput(question ? "questionIds" : "answerIds",
              "Nachricht " + mid + " gehört nicht zu diesem Raum."));
      em.createNativeQuery("insert into chat_office_hour_message (office_hour_id, message_id, role)"
          + " values (?, ?, ?)").setParameter(1, o.id).setParameter(2, m.id)
          .setParameter(3, question ? "QUESTION" : "ANSWER").executeUpdate();
      out.add(new OfficeHourPublisher.Entry(m.id, m.authorId, m.body, question));
    }
  }

  private OfficeHourView view(OfficeHour o, ChatRoom room) {
    String expert = members.author(o.expertId).map(v -> v.displayName()).orElse("");
    return new OfficeHourView(o.id, o.roomId, room.name, o.expertId, expert, o.topic, o.startsAt,
        o.durationMinutes, o.publication, o.threadId);
  }
}
