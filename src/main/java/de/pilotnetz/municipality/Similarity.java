package de.pilotnetz.municipality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks towns by how well a pilot is likely to travel between them: the same state (same laws and
 * funding programmes) weighs 3, the same size class 2, a neighbouring size class 1, each shared
 * topic 1.
 */
final class Similarity {
  private Similarity() {}

  static List<SimilarMunicipality> rank(Municipality of, List<Municipality> all,
      Map<Long, Set<String>> topics, int limit) {
    Set<String> mine = topics.getOrDefault(of.id(), Set.of());
    List<SimilarMunicipality> ranked = new ArrayList<>();
    for (Municipality other : all) {
      if (other.id().equals(of.id())) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      int score = 0;
      if (other.state() == of.state()) {
        score += 3;
        reasons.add("gleiches Land");
      }
      int bandDistance = Math.abs(other.band().ordinal() - of.band().ordinal());
      if (bandDistance == 0) {
        score += 2;
        reasons.add("ähnliche Größe");
      } else if (bandDistance == 1) {
        score += 1;
        reasons.add("benachbarte Größenklasse");
      }
      Set<String> shared = new TreeSet<>(topics.getOrDefault(other.id(), Set.of()));
      shared.retainAll(mine);
      score += shared.size();
      if (!shared.isEmpty()) {
        reasons.add(shared.size() == 1 ? "1 gemeinsames Thema" : shared.size() + " gemeinsame Themen");
      }
      if (score > 0) {
        ranked.add(new SimilarMunicipality(MunicipalityView.of(other), score, List.copyOf(shared),
            String.join(", ", reasons)));
      }
    }
    ranked.sort(Comparator.comparingInt(SimilarMunicipality::score).reversed()
        .thenComparing(s -> s.municipality().name()));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }
}
