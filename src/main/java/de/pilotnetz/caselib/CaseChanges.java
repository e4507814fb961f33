package de.pilotnetz.caselib;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** The one place every write to a case reports through, so that search misses nothing. */
@ApplicationScoped
class CaseChanges {
  @Inject Event<CaseChanged> changed;

  void changed(long caseId) {
    changed.fire(new CaseChanged(caseId));
  }
}
