package de.pilotnetz.municipality;

import de.pilotnetz.platform.errors.Conflict;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Municipalities of the network: listing for everyone, registration by admins. */
@ApplicationScoped
@Transactional
public class MunicipalityService {

  @Inject MunicipalityRepository repo;
  @Inject Access access;
  @Inject Clock clock;
  @Inject Instance<MunicipalityTopics> topicSources;

  public List<MunicipalityView> list(String state, String q) {
    State s = state == null || state.isBlank() ? null : parseState(state);
    return repo.list(s, q == null || q.isBlank() ? null : q.trim()).stream()
        .map(MunicipalityView::of).toList();
  }

  public MunicipalityView get(long id) {
    return repo.find(id).map(MunicipalityView::of)
        .orElseThrow(() -> new NotFound("Die Kommune wurde nicht gefunden."));
  }

  /** For features that need a municipality's facts (state, size) without its entity. */
  public Optional<MunicipalityView> find(long id) {
    return repo.find(id).map(MunicipalityView::of);
  }

  public MunicipalityView register(RegisterMunicipality cmd) {
    access.admin();
    return registerUnchecked(cmd);
  }

  /** Registration without a permission check, for bootstrapping, demo data and the bulk import. */
  public MunicipalityView registerUnchecked(RegisterMunicipality cmd) {
    State state = parseState(cmd.state());
    Ags.problem(cmd.ags(), state).ifPresent(msg -> {
      throw new InvalidInput("ags", msg);
    });
    if (repo.byAgs(cmd.ags()).isPresent()) {
      throw new Conflict("Eine Kommune mit dem AGS " + cmd.ags() + " ist schon im Netzwerk.");
    }
    Municipality m = repo.add(new Municipality(cmd.name().trim(), cmd.ags(), state,
        cmd.population(), cmd.website(), clock.instant()));
    return MunicipalityView.of(m);
  }

  /** "Municipalities like mine": same state, similar size, shared topics; explained in words. */
  public List<SimilarMunicipality> similar(long id, int limit) {
    Municipality of = repo.find(id).orElseThrow(() -> new NotFound("Die Kommune wurde nicht gefunden."));
    Map<Long, Set<String>> topics = new HashMap<>();
    for (MunicipalityTopics source : topicSources) {
      source.topicsByMunicipality().forEach((m, t) -> topics.computeIfAbsent(m, k -> new HashSet<>()).addAll(t));
    }
    return Similarity.rank(of, repo.list(null, null), topics, limit);
  }

  public long count() {
    return repo.count();
  }

  static State parseState(String s) {
    return State.parse(s).orElseThrow(() -> new InvalidInput("state",
        "Unbekanntes Bundesland: bitte einen der 16 Ländernamen angeben, z. B. \"Bayern\"."));
  }
}
