package de.pilotnetz.member;

import de.pilotnetz.municipality.MunicipalityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Turns members into their views, with the municipality they belong to. */
@ApplicationScoped
class Views {
  @Inject MunicipalityService municipalities;

  MunicipalityRef ref(Long municipalityId) {
    if (municipalityId == null) {
      return null;
    }
    return municipalities.find(municipalityId)
        .map(m -> new MunicipalityRef(m.id(), m.name(), m.state())).orElse(null);
  }

  MemberView member(Member m) {
    return new MemberView(m.id(), m.displayName(), roles(m), ref(m.municipalityId()),
        m.organisation(), m.position(), m.affiliation(), m.topics().stream().sorted().toList(),
        m.bio(), m.verified(), m.erased());
  }

  MeView me(Member m) {
    return new MeView(m.id(), m.email(), m.displayName(), roles(m), ref(m.municipalityId()),
        m.organisation(), m.position(), m.affiliation(), m.topics().stream().sorted().toList(),
        m.bio(), m.language(), m.emailFrequency(), m.verified());
  }

  static List<String> roles(Member m) {
    return m.roles().stream().map(Enum::name).sorted().toList();
  }
}
