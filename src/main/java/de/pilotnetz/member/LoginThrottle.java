package de.pilotnetz.member;

import de.pilotnetz.platform.errors.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down password guessing: more than 5 failures for one account, or 20 from one address,
 * within 15 minutes answer 429 until enough failures have aged out. Attempts while blocked are
 * not counted, so the block lifts by time alone; a correct password does not lift it.
 */
@ApplicationScoped
class LoginThrottle {
  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject Clock clock;

  @Transactional
  void check(String email, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    List<Instant> byAccount = failures("email", email, since);
    List<Instant> byAddress = failures("address", address, since);
    long wait = 0;
    if (byAccount.size() >= PER_ACCOUNT) {
      wait = secondsUntilBelow(byAccount, PER_ACCOUNT, now);
    }
    if (byAddress.size() >= PER_ADDRESS) {
      wait = Math.max(wait, secondsUntilBelow(byAddress, PER_ADDRESS, now));
    }
    if (wait > 0) {
      throw new TooManyRequests("Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie "
          + Math.max(1, (wait + 59) / 60) + " Minute(n).", wait);
    }
  }

  /** Seconds until so many of the (ascending) failures have left the window that fewer than limit remain. */
  static long secondsUntilBelow(List<Instant> ascending, int limit, Instant now) {
    Instant leaving = ascending.get(ascending.size() - limit);
    return Math.max(1, Duration.between(now, leaving.plus(WINDOW)).toSeconds() + 1);
  }

  private List<Instant> failures(String column, String value, Instant since) {
    return em.createQuery("select f.at from LoginFailure f where f." + column + " = :v and f.at > :since"
            + " order by f.at", Instant.class)
        .setParameter("v", value).setParameter("since", since).getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void recordFailure(String email, String address) {
    Instant now = clock.instant();
    em.persist(new LoginFailure(email, address, now));
    em.createQuery("delete from LoginFailure f where f.at < :old")
        .setParameter("old", now.minus(WINDOW.multipliedBy(2))).executeUpdate();
  }
}
