package de.pilotnetz.caselib;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its page shows it. {@code *Html} fields are sanitized renderings of the Markdown
 * fields. {@code can*} tell the UI which actions the caller may take (the server checks again).
 */
public record CaseView(long id, String title, String summary, String body, String bodyHtml,
    Place municipality, Person author, Person contact, String topic, String phase,
    LocalDate startDate, LocalDate endDate, BigDecimal budget, String fundingProgramme,
    BigDecimal fundingRate, List<PartnerInput> partners, List<String> tags, String lessonsGood,
    String lessonsGoodHtml, String lessonsBad, String lessonsBadHtml, List<KpiInput> kpis,
    boolean kpisStale, String status, String visibility, List<Place> sharedWith, int revision,
    Instant createdAt, Instant updatedAt, Instant publishedAt, List<AttachmentView> attachments,
    long adoptionCount, List<AdoptionView> adoptions, List<AdoptionView> adoptsFrom,
    boolean canEdit, boolean canPublish, boolean canDelete, boolean canAdopt) {

  /** A municipality, briefly. */
  public record Place(long id, String name, String state, int population, String populationBand) {}

  /** A member, briefly: affiliation is an expert's disclosure. */
  public record Person(long id, String displayName, String affiliation) {}
}
