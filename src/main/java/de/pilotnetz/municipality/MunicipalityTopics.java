package de.pilotnetz.municipality;

import java.util.Map;
import java.util.Set;

/**
 * What a municipality works on, contributed by features (members' expertise, its cases), so that
 * "municipalities like mine" can compare towns without this package knowing those features.
 */
public interface MunicipalityTopics {
  Map<Long, Set<String>> topicsByMunicipality();
}
