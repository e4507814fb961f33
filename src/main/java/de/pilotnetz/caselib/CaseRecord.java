package de.pilotnetz.caselib;

import de.pilotnetz.platform.security.Visibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A pilot project of one municipality, as a typed record: what was tried, with which partners and
 * money, KPIs, and what went well and what did not.
 *
 * <p>Life story: a mayor or staff member of the town creates it as a DRAFT (revision 1), seen only
 * by the town's office and admins. Each save {@link #revise revises} it: the revision number goes
 * up by one and the service keeps a full snapshot, so every state can be compared and restored
 * (restoring is a revision too). The ETag of a case is its revision number; a save must name the
 * revision it was based on. {@link #publish Publishing} makes it visible by its tier (PUBLIC,
 * NETWORK, RESTRICTED to the town and the municipalities it is shared with). While it runs (phase
 * Pilot or Rollout), its KPIs must be measured every few months, else they count as stale and the
 * contact person is reminded at most once per 30 days. Other towns record that they adopted it.
 * Deleting is soft: the row stays for revisions and adoptions, the case is gone for everyone.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord {
  static final Duration REMINDER_INTERVAL = Duration.ofDays(30);

  @Id
  @SequenceGenerator(name = "case_seq", sequenceName = "case_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_seq")
  private Long id;

  @Column(nullable = false)
  private String title;

  private String summary;

  @Column(nullable = false)
  private String body;

  @Column(name = "municipality_id", nullable = false)
  private Long municipalityId;

  @Column(name = "author_id", nullable = false)
  private Long authorId;

  @Column(name = "contact_id")
  private Long contactId;

  /** From the controlled list; null only for imported cases whose source had no topic. */
  private String topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Phase phase;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "budget_eur")
  private BigDecimal budget;

  @Column(name = "funding_programme")
  private String fundingProgramme;

  @Column(name = "funding_rate")
  private BigDecimal fundingRate;

  @ElementCollection
  @CollectionTable(name = "case_partner", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "pos")
  private List<Partner> partners = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "case_tag", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "tag")
  private Set<String> tags = new LinkedHashSet<>();

  @Column(name = "lessons_good")
  private String lessonsGood;

  @Column(name = "lessons_bad")
  private String lessonsBad;

  @ElementCollection
  @CollectionTable(name = "case_kpi", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "pos")
  private List<Kpi> kpis = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @ElementCollection
  @CollectionTable(name = "case_share", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "municipality_id")
  private Set<Long> sharedWith = new LinkedHashSet<>();

  @Column(nullable = false)
  private int revision;

  /** Newest KPI measurement date, kept here so that "KPIs veraltet" is one indexed comparison. */
  @Column(name = "latest_measured_at")
  private LocalDate latestMeasuredAt;

  @Column(name = "kpi_reminded_at")
  private Instant kpiRemindedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Version
  private long version;

  protected CaseRecord() {}

  /** A new draft, revision 1. */
  public CaseRecord(CaseContent content, long municipalityId, long authorId, Instant now) {
    this.municipalityId = municipalityId;
    this.authorId = authorId;
    this.status = CaseStatus.DRAFT;
    this.createdAt = now;
    this.revision = 1;
    apply(content, now);
  }

  /**
   * Saves new content as the next revision; answers the names of the fields that changed
   * (empty when nothing did, and then the revision stays).
   */
  List<String> revise(CaseContent content, Instant now) {
    requireLive();
    List<String> changed = content.changedFrom(content());
    if (!changed.isEmpty()) {
      apply(content, now);
      revision++;
    }
    return changed;
  }

  /** Makes the draft visible by its tier; a revision of its own ("status"). */
  boolean publish(Instant now) {
    requireLive();
    if (status == CaseStatus.PUBLISHED) {
      return false;
    }
    status = CaseStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
    revision++;
    return true;
  }

  /** An imported case arrives published, still as revision 1. */
  void markImported(Instant now) {
    status = CaseStatus.PUBLISHED;
    publishedAt = now;
  }

  void delete(Instant now) {
    requireLive();
    deletedAt = now;
    updatedAt = now;
  }

  private void requireLive() {
    if (deletedAt != null) {
      throw new IllegalStateException("case " + id + " is deleted");
    }
  }

  private void apply(CaseContent c, Instant now) {
    title = c.title();
    summary = c.summary();
    body = c.body();
    topic = c.topic();
    phase = c.phase();
    startDate = c.startDate();
    endDate = c.endDate();
    budget = c.budget();
    fundingProgramme = c.fundingProgramme();
    fundingRate = c.fundingRate();
    partners.clear();
    c.partners().forEach(p -> partners.add(new Partner(p.name().trim(), p.vendor())));
    contactId = c.contactId();
    tags.clear();
    tags.addAll(c.tags());
    lessonsGood = c.lessonsGood();
    lessonsBad = c.lessonsBad();
    kpis.clear();
    c.kpis().forEach(k -> kpis.add(new Kpi(k.name(), k.unit(), k.baseline(), k.target(), k.actual(),
        k.measuredAt())));
    latestMeasuredAt = kpis.stream().map(Kpi::measuredAt).filter(Objects::nonNull)
        .max(LocalDate::compareTo).orElse(null);
    visibility = c.visibility();
    sharedWith.clear();
    if (visibility == Visibility.RESTRICTED) {
      sharedWith.addAll(c.sharedWith());
    }
    updatedAt = now;
  }

  /** The current content, as a revision snapshots it. */
  CaseContent content() {
    return new CaseContent(title, summary, body, topic, phase, startDate, endDate, budget,
        fundingProgramme, fundingRate,
        partners.stream().map(p -> new PartnerInput(p.name(), p.vendor())).toList(), contactId,
        List.copyOf(tags), lessonsGood, lessonsBad,
        kpis.stream().map(k -> new KpiInput(k.name(), k.unit(), k.baseline(), k.target(), k.actual(),
            k.measuredAt())).toList(), visibility, List.copyOf(sharedWith));
  }

  /** Running (Pilot, Rollout) and no KPI measured within the last {@code months}. */
  boolean kpisStale(LocalDate today, int months) {
    return phase.running()
        && (latestMeasuredAt == null || latestMeasuredAt.isBefore(today.minusMonths(months)));
  }

  /** Whether the contact person is due a reminder: stale, published, at most once per 30 days. */
  boolean reminderDue(Instant now, LocalDate today, int months) {
    return deletedAt == null && status == CaseStatus.PUBLISHED && contactId != null
        && kpisStale(today, months)
        && (kpiRemindedAt == null || kpiRemindedAt.plus(REMINDER_INTERVAL).isBefore(now));
  }

  void markReminded(Instant now) {
    kpiRemindedAt = now;
  }

  public Long id() { return id; }
  public String title() { return title; }
  public String summary() { return summary; }
  public String body() { return body; }
  public Long municipalityId() { return municipalityId; }
  public Long authorId() { return authorId; }
  public Long contactId() { return contactId; }
  public String topic() { return topic; }
  public Phase phase() { return phase; }
  public LocalDate startDate() { return startDate; }
  public LocalDate endDate() { return endDate; }
  public BigDecimal budget() { return budget; }
  public String fundingProgramme() { return fundingProgramme; }
  public BigDecimal fundingRate() { return fundingRate; }
  public List<Partner> partners() { return List.copyOf(partners); }
  public Set<String> tags() { return Set.copyOf(tags); }
  public String lessonsGood() { return lessonsGood; }
  public String lessonsBad() { return lessonsBad; }
  public List<Kpi> kpis() { return List.copyOf(kpis); }
  public CaseStatus status() { return status; }
  public boolean published() { return status == CaseStatus.PUBLISHED; }
  public Visibility visibility() { return visibility; }
  public Set<Long> sharedWith() { return Set.copyOf(sharedWith); }
  public int revision() { return revision; }
  public LocalDate latestMeasuredAt() { return latestMeasuredAt; }
  public Instant createdAt() { return createdAt; }
  public Instant updatedAt() { return updatedAt; }
  public Instant publishedAt() { return publishedAt; }
  public boolean deleted() { return deletedAt != null; }

  /** The ETag: the revision number, quoted. */
  public String etag() {
    return "\"" + revision + "\"";
  }
}
