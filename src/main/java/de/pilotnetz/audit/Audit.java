package de.pilotnetz.audit;

import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The audit log. Entries are written in their own transaction, so that a failed login or a denied
 * action is recorded even though the request's own work is rolled back.
 */
@ApplicationScoped
public class Audit {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject Access access;
  @Inject ClientAddress address;
  @Inject Clock clock;

  /** Records an action of the current caller. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String action, String target, String detail) {
    Caller c = access.caller();
    recordAs(c.memberId(), c.displayName(), action, target, detail);
  }

  /** Records an action of a named actor (e.g. a login, before the caller is known). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAs(Long actorId, String actorName, String action, String target, String detail) {
    em.persist(new AuditEntry(clock.instant(), actorId, actorName, action, target, detail,
        address.get()));
  }

  /** Newest first; admins only. */
  @Transactional
  public List<AuditView> list(String action, int page, int size) {
    access.admin();
    String jpql = "select e from AuditEntry e" + (action == null ? "" : " where e.action = :action")
        + " order by e.at desc, e.id desc";
    var q = em.createQuery(jpql, AuditEntry.class);
    if (action != null) {
      q.setParameter("action", action);
    }
    return q.setFirstResult(page * size).setMaxResults(size).getResultStream()
        .map(AuditView::of).toList();
  }
}
