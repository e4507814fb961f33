package de.pilotnetz.member;

import de.pilotnetz.municipality.MunicipalityTopics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** A town works on what its people are experts in. */
@ApplicationScoped
class MemberTopicsOfMunicipalities implements MunicipalityTopics {
  @Inject MemberService members;

  @Override
  public Map<Long, Set<String>> topicsByMunicipality() {
    return members.topicsByMunicipality();
  }
}
