package de.pilotnetz.thread;

import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads threads and answers for a caller, asking {@link Access}: what the caller may not read
 * (other tiers, hidden content for non-moderators) answers 404.
 */
@ApplicationScoped
class ThreadGuard {
  @Inject ThreadRepository repo;

  ThreadRecord readable(Caller c, long id) {
    ThreadRecord t = repo.thread(id).orElse(null);
    if (t == null || !canRead(c, t)) {
      throw new NotFound("Die Frage wurde nicht gefunden.");
    }
    return t;
  }

  static boolean canRead(Caller c, ThreadRecord t) {
    return Access.canRead(c, t.visibility(), t.authorMunicipalityId(), t.sharedWith())
        && (!t.hidden() || Access.canSeeHidden(c));
  }

  Answer readableAnswer(Caller c, long id) {
    Answer a = repo.answer(id).orElse(null);
    if (a == null || (a.hidden() && !Access.canSeeHidden(c))) {
      throw new NotFound("Die Antwort wurde nicht gefunden.");
    }
    try {
      readable(c, a.threadId());
    } catch (NotFound e) {
      throw new NotFound("Die Antwort wurde nicht gefunden.");
    }
    return a;
  }

  ThreadRecord threadOf(Answer a) {
    return repo.thread(a.threadId()).orElseThrow(() -> new NotFound("Die Frage wurde nicht gefunden."));
  }
}
