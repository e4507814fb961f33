package de.pilotnetz.notify;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by each feature with news for the weekly digest (an {@code @ApplicationScoped}
 * bean, found through CDI): threads offer solved questions, the case library new cases. Called
 * inside the digest's transaction.
 */
public interface DigestSource {
  /** News since {@code since} that fits the profile and that the member may read, newest first. */
  List<DigestItem> itemsFor(DigestProfile profile, Instant since, int limit);
}
