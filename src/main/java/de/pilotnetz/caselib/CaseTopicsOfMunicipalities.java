package de.pilotnetz.caselib;

import de.pilotnetz.municipality.MunicipalityTopics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** A town works on the topics of its published cases. */
@ApplicationScoped
class CaseTopicsOfMunicipalities implements MunicipalityTopics {
  @Inject CaseService cases;

  @Override
  public Map<Long, Set<String>> topicsByMunicipality() {
    return cases.topicsByMunicipality();
  }
}
