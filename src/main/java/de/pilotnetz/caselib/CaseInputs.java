package de.pilotnetz.caselib;

import de.pilotnetz.member.MemberService;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.Problem;
import de.pilotnetz.platform.security.Visibility;
import de.pilotnetz.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Checks a {@link SaveCase} beyond Bean Validation and turns it into canonical content. */
@ApplicationScoped
class CaseInputs {
  @Inject TopicService topics;
  @Inject MunicipalityService municipalities;
  @Inject MemberService members;
  @Inject Validator validator;

  /** Bean Validation by hand, for paths that do not come through JAX-RS (the import). */
  void validate(SaveCase cmd, Set<String> optional) {
    Set<ConstraintViolation<SaveCase>> v = validator.validate(cmd);
    v.removeIf(x -> optional.contains(x.getPropertyPath().toString()));
    if (!v.isEmpty()) {
      throw new InvalidInput(v.stream()
          .map(x -> new Problem.FieldError(x.getPropertyPath().toString(), x.getMessage()))
          .sorted(Comparator.comparing(Problem.FieldError::field)).toList());
    }
  }

  CaseContent content(SaveCase c) {
    if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
      throw new InvalidInput("endDate", "Das Ende liegt vor dem Beginn.");
    }
    Visibility vis = visibility(c.visibility());
    List<Long> shared = c.sharedWith() == null ? List.of() : c.sharedWith();
    for (Long id : shared) {
      if (id == null || municipalities.find(id).isEmpty()) {
        throw new InvalidInput("sharedWith", "Unbekannte Kommune: " + id);
      }
    }
    if (c.contactId() != null && members.author(c.contactId()).filter(m -> !m.erased()).isEmpty()) {
      throw new InvalidInput("contactId", "Die Ansprechperson ist kein Mitglied.");
    }
    return new CaseContent(c.title().trim(), blankToNull(c.summary()), c.body(),
        c.topic() == null ? null : topic("topic", c.topic()), phase(c.phase()), c.startDate(), c.endDate(), c.budget(),
        blankToNull(c.fundingProgramme()), c.fundingRate(),
        c.partners() == null ? List.of() : c.partners(), c.contactId(),
        c.tags() == null ? List.of() : c.tags().stream().map(String::trim).toList(),
        blankToNull(c.lessonsGood()), blankToNull(c.lessonsBad()),
        c.kpis() == null ? List.of() : c.kpis(), vis, vis == Visibility.RESTRICTED ? shared : List.of());
  }

  String topic(String field, String name) {
    return topics.require(field, name);
  }

  Phase phase(String s) {
    return Phase.parse(s).orElseThrow(() -> new InvalidInput("phase",
        "Unbekannte Phase \"" + s + "\". Erlaubt: Idee, Pilot, Rollout, Abgeschlossen, Abgebrochen"));
  }

  static Visibility visibility(String s) {
    if (s == null || s.isBlank()) {
      return Visibility.NETWORK;
    }
    return Arrays.stream(Visibility.values()).filter(v -> v.name().equalsIgnoreCase(s.trim()))
        .findFirst().orElseThrow(() -> new InvalidInput("visibility",
            "Unbekannte Sichtbarkeit \"" + s + "\". Erlaubt: PUBLIC, NETWORK, RESTRICTED"));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
