package de.pilotnetz.caselib;

import de.pilotnetz.platform.security.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an author edits on a case, checked and in canonical form (topic spelling, sorted tags
 * and shares, normalised numbers). Revisions snapshot it; two contents compare field by field.
 */
record CaseContent(String title, String summary, String body, String topic, Phase phase,
    LocalDate startDate, LocalDate endDate, BigDecimal budget, String fundingProgramme,
    BigDecimal fundingRate, List<PartnerInput> partners, Long contactId, List<String> tags,
    String lessonsGood, String lessonsBad, List<KpiInput> kpis, Visibility visibility,
    List<Long> sharedWith) {

  CaseContent {
    partners = List.copyOf(partners);
    tags = tags.stream().distinct().sorted().toList();
    kpis = kpis.stream().map(KpiInput::normalised).toList();
    sharedWith = sharedWith.stream().distinct().sorted().toList();
    budget = KpiInput.strip(budget);
    fundingRate = KpiInput.strip(fundingRate);
  }

  CaseContent withContact(Long id) {
    return new CaseContent(title, summary, body, topic, phase, startDate, endDate, budget,
        fundingProgramme, fundingRate, partners, id, tags, lessonsGood, lessonsBad, kpis, visibility,
        sharedWith);
  }

  /** Field name → value, in the order the diff and the snapshot show them. */
  Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", title);
    f.put("summary", summary);
    f.put("body", body);
    f.put("topic", topic);
    f.put("phase", phase);
    f.put("startDate", startDate);
    f.put("endDate", endDate);
    f.put("budget", budget);
    f.put("fundingProgramme", fundingProgramme);
    f.put("fundingRate", fundingRate);
    f.put("partners", partners);
    f.put("contactId", contactId);
    f.put("tags", tags);
    f.put("lessonsGood", lessonsGood);
    f.put("lessonsBad", lessonsBad);
    f.put("kpis", kpis);
    f.put("visibility", visibility);
    f.put("sharedWith", sharedWith);
    return f;
  }

  /** Names of the fields that differ from {@code before}. */
  List<String> changedFrom(CaseContent before) {
    Map<String, Object> a = before.fields();
    return fields().entrySet().stream()
        .filter(e -> !java.util.Objects.equals(e.getValue(), a.get(e.getKey())))
        .map(Map.Entry::getKey).toList();
  }
}
