package de.pilotnetz.notify;

import de.pilotnetz.member.EmailFrequency;
import de.pilotnetz.member.MemberContact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** One member's digest, claimed and sent in its own transaction. */
@ApplicationScoped
class DigestRun {
  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject NotificationMails mails;
  @Inject DigestService digests;

  /** Slightly less than the period, so that a job starting a few seconds early still sends. */
  static Duration minimumGap(EmailFrequency kind) {
    return kind == EmailFrequency.WEEKLY ? Duration.ofDays(6) : Duration.ofHours(20);
  }

  /**
   * Sends the member's digest unless one of this kind went out within the period; true if a mail
   * was sent. The claim (the stored time of the last digest) is taken even when there is nothing
   * to send, so that the next run starts from here.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  boolean sendTo(MemberContact c, EmailFrequency kind, Instant now, DigestProfile profile) {
    Instant last = lastSent(c.id(), kind);
    if (last != null && last.isAfter(now.minus(minimumGap(kind)))) {
      return false;
    }
    claim(c.id(), kind, last, now);
    List<Notification> pending = em.createQuery("select n from Notification n where n.memberId = :m"
            + " and n.mailedAt is null and n.readAt is null and n.createdAt <= :now order by n.createdAt",
            Notification.class)
        .setParameter("m", c.id()).setParameter("now", now).setMaxResults(50).getResultList();
    Instant since = last != null ? last : now.minus(kind == EmailFrequency.WEEKLY
        ? Duration.ofDays(7) : Duration.ofDays(1));
    List<DigestItem> items = profile == null ? List.of() : digests.items(profile, since);
    if (pending.isEmpty() && items.isEmpty()) {
      return false;
    }
    mails.digest(c, kind.name(), pending.stream().map(n -> new Notice(n.memberId(), n.type(), n.title(),
        null, n.excerpt(), n.link(), n.mailable())).toList(), items);
    pending.forEach(n -> n.mailed(now));
    return true;
  }

  private Instant lastSent(long memberId, EmailFrequency kind) {
    List<?> rows = em.createNativeQuery("select last_sent_at from notify_digest where member_id = ? and kind = ?")
        .setParameter(1, memberId).setParameter(2, kind.name()).getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object v = rows.get(0);
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (v instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    return OffsetDateTime.parse(v.toString()).toInstant();
  }

  /** A conditional write: a concurrent run on another node fails here and rolls back. */
  private void claim(long memberId, EmailFrequency kind, Instant last, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    if (last == null) {
      em.createNativeQuery("insert into notify_digest (member_id, kind, last_sent_at) values (?, ?, ?)")
          .setParameter(1, memberId).setParameter(2, kind.name()).setParameter(3, at).executeUpdate();
      return;
    }
    int n = em.createNativeQuery("update notify_digest set last_sent_at = ? where member_id = ? and kind = ?"
            + " and last_sent_at = ?")
        .setParameter(1, at).setParameter(2, memberId).setParameter(3, kind.name())
        .setParameter(4, last.atOffset(ZoneOffset.UTC)).executeUpdate();
    if (n != 1) {
      throw new IllegalStateException("digest of member " + memberId + " claimed concurrently");
    }
  }
}
