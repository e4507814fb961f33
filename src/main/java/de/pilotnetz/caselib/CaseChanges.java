package de.pilotnetz.caselib;

import de.pilotnetz.search.DocType;
import de.pilotnetz.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The one place every write to a case reports through, inside the writing transaction: the search
 * change log row commits or rolls back with the case, and other features hear of the change.
 */
@ApplicationScoped
class CaseChanges {
  @Inject Event<CaseChanged> changed;
  @Inject SearchChanges search;

  void changed(long caseId) {
    search.record(DocType.CASE, caseId);
    changed.fire(new CaseChanged(caseId));
  }
}
