package de.pilotnetz.thread;

import de.pilotnetz.notify.DigestItem;
import de.pilotnetz.notify.DigestProfile;
import de.pilotnetz.notify.DigestSource;
import de.pilotnetz.platform.security.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Solved questions for the weekly digest: in the member's topics, or asked by their own
 * municipality, one of their state or one like theirs; only what the member may read.
 */
@ApplicationScoped
public class ThreadDigestSource implements DigestSource {
  @Inject ThreadRepository repo;

  @Override
  public List<DigestItem> itemsFor(DigestProfile p, Instant since, int limit) {
    List<DigestItem> out = new ArrayList<>();
    for (ThreadRecord t : repo.solvedSince(since, 500)) {
      if (out.size() >= limit) {
        break;
      }
      Long m = t.authorMunicipalityId();
      boolean fits = p.topics().contains(t.topic()) || (m != null && (m.equals(p.municipalityId())
          || p.sameState().contains(m) || p.likeMine().contains(m)));
      if (fits && ThreadGuard.canRead(p.caller(), t) && t.authorId() != p.caller().memberId()) {
        out.add(new DigestItem("thread", "Gelöst: " + t.title(), "#/fragen/" + t.id(),
            t.visibility() != Visibility.RESTRICTED, t.acceptedAt()));
      }
    }
    return out;
  }
}
