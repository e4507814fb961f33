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

  /** A municipality by its name in a state, without regard to case (for the bulk import). */
  public Optional<MunicipalityView> byName(String name, String state) {
    return repo.byName(name.trim(), parseState(state)).map(MunicipalityView::of);
  }

  /**
   * Registers a town whose AGS is unknown (bulk import) under a placeholder key: the state's two
   * digits, "00", and the first free four-digit number. No real municipality has "00" as district
   * digits (only the city states' single keys 02000000 and 11000000, which end in 0000), so an
   * admin can spot and correct placeholders later.
   */
  public MunicipalityView registerPlaceholder(String name, String state, int population) {
    State s = parseState(state);
    String prefix = s.code() + "00";
    int next = repo.maxAgsWithPrefix(prefix).map(a -> Integer.parseInt(a.substring(4)) + 1).orElse(1);
    if (next > 9999) {
      throw new Conflict("Keine freien Platzhalter-Gemeindeschlüssel mehr für " + s.label() + ".");
    }
    return MunicipalityView.of(repo.add(new Municipality(name.trim(),
        prefix + String.format("%04d", next), s, population, null, clock.instant())));
  }

  public long count() {
    return repo.count();
  }

  static State parseState(String s) {
    return State.parse(s).orElseThrow(() -> new InvalidInput("state",
        "Unbekanntes Bundesland: bitte einen der 16 Ländernamen angeben, z. B. \"Bayern\"."));
  }
}
