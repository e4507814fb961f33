package de.pilotnetz.caselib;

import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Reuse tracking: another town records that it adopts a case, and how far it has got. */
@ApplicationScoped
@Transactional
public class AdoptionService {
  @Inject CaseService cases;
  @Inject CaseRepository repo;
  @Inject CaseViews views;
  @Inject Access access;
  @Inject CaseChanges changes;
  @Inject Clock clock;

  /** Creates the caller's town's adoption or moves it to the new stage; answers it and whether new. */
  public record Adopted(AdoptionView view, boolean created) {}

  public Adopted adopt(long caseId, AdoptCase cmd) {
    CaseRecord r = cases.readable(caseId);
    Caller c = access.checkAdoptCase(r.municipalityId());
    if (!r.published()) {
      throw new InvalidInput("caseId", "Entwürfe können nicht übernommen werden.");
    }
    AdoptionStage stage = AdoptionStage.parse(cmd.stage()).orElseThrow(() -> new InvalidInput("stage",
        "Erlaubt: interessiert, in Prüfung, in Umsetzung, übernommen, angepasst"));
    CaseAdoption a = repo.adoption(caseId, c.municipalityId()).orElse(null);
    boolean created = a == null;
    if (created) {
      a = new CaseAdoption(caseId, c.municipalityId(), c.memberId(), clock.instant());
    }
    a.update(stage, CaseInputs.blankToNull(cmd.note()), c.memberId(), clock.instant());
    if (created) {
      repo.addAdoption(a);
    }
    changes.changed(caseId);
    return new Adopted(views.adoption(a, r), created);
  }

  /** Without permission check, for demo data. */
  public void adoptUnchecked(long caseId, long municipalityId, long memberId, String stage, String note) {
    CaseAdoption a = new CaseAdoption(caseId, municipalityId, memberId, clock.instant());
    a.update(AdoptionStage.parse(stage).orElseThrow(), note, memberId, clock.instant());
    repo.addAdoption(a);
    changes.changed(caseId);
  }

  public List<AdoptionView> of(long caseId) {
    CaseRecord r = cases.readable(caseId);
    return repo.adoptionsOf(caseId).stream().map(a -> views.adoption(a, r)).toList();
  }
}
