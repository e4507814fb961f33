package de.pilotnetz.notify;

import de.pilotnetz.member.EmailFrequency;
import de.pilotnetz.member.MemberContact;
import de.pilotnetz.member.MemberService;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Daily and weekly digests. Each member's digest is claimed and sent in its own transaction
 * ({@link DigestRun}), so a run that is repeated, or started on two nodes at once, mails each
 * member at most once per period. The weekly digest adds news chosen by the member's profile from
 * every {@link DigestSource}.
 */
@ApplicationScoped
public class DigestService {
  private static final Logger LOG = Logger.getLogger(DigestService.class.getName());
  static final int ITEMS = 20;

  @Inject MemberService members;
  @Inject MunicipalityService municipalities;
  @Inject Instance<DigestSource> sources;
  @Inject DigestRun digestRun;
  @Inject Access access;
  @Inject Clock clock;

  /** Sends the due digests of this kind; returns how many mails went out. */
  public int run(EmailFrequency kind, Instant now) {
    int sent = 0;
    for (MemberContact c : members.contactsByFrequency(kind)) {
      try {
        if (digestRun.sendTo(c, kind, now, kind == EmailFrequency.WEEKLY ? profile(c) : null)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Digest for member " + c.id() + " failed; retried next run", e);
      }
    }
    int total = sent;
    LOG.info(() -> kind + " digest: " + total + " mails");
    return sent;
  }

  /** Runs a digest now (admin), e.g. after an outage; members already served are skipped. */
  public int runNow(String kind) {
    access.admin();
    EmailFrequency k = switch (kind == null ? "" : kind.toLowerCase()) {
      case "daily" -> EmailFrequency.DAILY;
      case "weekly" -> EmailFrequency.WEEKLY;
      default -> throw new InvalidInput("kind", "muss daily oder weekly sein");
    };
    return run(k, clock.instant());
  }

  /** What the caller's weekly digest would offer now (the last seven days). */
  @Transactional
  public List<DigestItem> preview() {
    long id = access.member().memberId();
    MemberContact c = members.contact(id).orElseThrow(() -> new NotFound("Mitglied nicht gefunden."));
    return items(profile(c), clock.instant().minus(Duration.ofDays(7)));
  }

  List<DigestItem> items(DigestProfile p, Instant since) {
    List<DigestItem> all = new ArrayList<>();
    for (DigestSource s : sources) {
      all.addAll(s.itemsFor(p, since, ITEMS));
    }
    all.sort(Comparator.comparing(DigestItem::at).reversed());
    return all.size() > ITEMS ? all.subList(0, ITEMS) : all;
  }

  DigestProfile profile(MemberContact c) {
    Set<Long> sameState = Set.of();
    Set<Long> like = Set.of();
    if (c.municipalityId() != null) {
      String state = municipalities.find(c.municipalityId()).map(MunicipalityView::state).orElse(null);
      if (state != null) {
        sameState = municipalities.list(state, null).stream().map(MunicipalityView::id)
            .collect(Collectors.toSet());
      }
      like = municipalities.similar(c.municipalityId(), 5).stream()
          .map(s -> s.municipality().id()).collect(Collectors.toSet());
    }
    return new DigestProfile(c.asCaller(), c.topics(), c.municipalityId(), sameState, like);
  }
}
