package de.pilotnetz.notify;

import de.pilotnetz.member.EmailFrequency;
import de.pilotnetz.member.MemberContact;
import de.pilotnetz.member.MemberService;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stores notifications in the caller's transaction; after commit they are pushed to the member's
 * open tabs and, for members who want it, e-mailed at once. Digests are {@link DigestService}'s.
 */
@ApplicationScoped
@Transactional
public class NotificationService {
  private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject Access access;
  @Inject MemberService members;
  @Inject NotificationMails mails;
  @Inject Event<NotificationCreated> created;
  @Inject Clock clock;

  /** Notifies a member; nothing happens for erased members. Call inside the feature's transaction. */
  public void notify(Notice notice) {
    Optional<MemberContact> contact = members.contact(notice.memberId());
    if (contact.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Notification n = new Notification(notice, now);
    em.persist(n);
    em.flush();
    if (contact.get().frequency() == EmailFrequency.IMMEDIATE) {
      mails.immediately(contact.get(), notice);
      n.mailed(now);
    }
    LOG.fine(() -> "Notification " + n.id() + " (" + notice.type() + ") for member " + notice.memberId());
    created.fire(new NotificationCreated(notice.memberId(), NotificationView.of(n),
        unread(notice.memberId())));
  }

  public NotificationPage list(Paging paging) {
    Caller c = access.member();
    List<NotificationView> items = em.createQuery("select n from Notification n where n.memberId = :m"
            + " order by n.createdAt desc, n.id desc", Notification.class)
        .setParameter("m", c.memberId()).setFirstResult(paging.offset()).setMaxResults(paging.size())
        .getResultStream().map(NotificationView::of).toList();
    return new NotificationPage(items, unread(c.memberId()), paging.page(), paging.size());
  }

  /** Marks notifications of the caller as read; ids of others are ignored. Returns the unread count. */
  public long markRead(MarkRead cmd) {
    Caller c = access.member();
    Instant now = clock.instant();
    if (cmd != null && Boolean.TRUE.equals(cmd.all())) {
      em.createQuery("update Notification n set n.readAt = :now where n.memberId = :m and n.readAt is null")
          .setParameter("now", now).setParameter("m", c.memberId()).executeUpdate();
    } else if (cmd != null && cmd.ids() != null && !cmd.ids().isEmpty()) {
      em.createQuery("update Notification n set n.readAt = :now where n.memberId = :m"
              + " and n.readAt is null and n.id in :ids")
          .setParameter("now", now).setParameter("m", c.memberId()).setParameter("ids", cmd.ids())
          .executeUpdate();
    }
    return unread(c.memberId());
  }

  /** Who opens a live stream (members only), with their unread count for its first frame. */
  public StreamStart streamStart() {
    long id = access.member().memberId();
    return new StreamStart(id, unread(id));
  }

  public record StreamStart(long memberId, long unread) {}

  long unread(long memberId) {
    return em.createQuery("select count(n) from Notification n where n.memberId = :m and n.readAt is null",
        Long.class).setParameter("m", memberId).getSingleResult();
  }
}
