package de.pilotnetz.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Where features report that a searchable document changed. Call {@link #record} inside the
 * transaction that changes the content: the change-log row commits or rolls back with it, so the
 * index can never miss a committed change, even across a crash. After commit the indexer is woken
 * and applies the change within milliseconds.
 */
@ApplicationScoped
public class SearchChanges {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject Event<SearchChanged> changed;

  /** Records that document {@code id} of {@code type} was created, changed or deleted. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(DocType type, long id) {
    em.createNativeQuery(ChangeLog.INSERT)
        .setParameter(1, type.name())
        .setParameter(2, id)
        .executeUpdate();
    // delivered to AFTER_SUCCESS observers only, once the transaction has committed
    changed.fire(new SearchChanged(type, id));
  }
}
