package de.pilotnetz.caselib;

import de.pilotnetz.platform.text.Markdown;
import de.pilotnetz.member.MemberService;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns cases into views, with municipality and member names from their features. */
@ApplicationScoped
class CaseViews {
  @Inject MunicipalityService municipalities;
  @Inject MemberService members;
  @Inject CaseRepository repo;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pilotnetz.kpi.stale-months", defaultValue = "6")
  int staleMonths;

  int staleMonths() {
    return staleMonths;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  CaseView.Place place(long municipalityId) {
    return municipalities.find(municipalityId).map(CaseViews::place)
        .orElse(new CaseView.Place(municipalityId, "?", "?", 0, null));
  }

  static CaseView.Place place(MunicipalityView m) {
    return new CaseView.Place(m.id(), m.name(), m.state(), m.population(), m.populationBand());
  }

  CaseView.Person person(Long memberId) {
    if (memberId == null) {
      return null;
    }
    return members.author(memberId).map(m -> new CaseView.Person(m.id(), m.displayName(), m.affiliation()))
        .orElse(new CaseView.Person(memberId, "Ehemaliges Mitglied", null));
  }

  CaseSummary summary(CaseRecord c, long adoptions) {
    return new CaseSummary(c.id(), c.title(), c.summary(), place(c.municipalityId()), c.topic(),
        c.phase().label(), c.status().name(), c.visibility().name(), c.tags().stream().sorted().toList(),
        c.kpisStale(today(), staleMonths), adoptions, c.updatedAt());
  }

  List<CaseSummary> summaries(List<CaseRecord> cases) {
    Map<Long, Long> counts = repo.adoptionCounts(cases.stream().map(CaseRecord::id).toList());
    return cases.stream().map(c -> summary(c, counts.getOrDefault(c.id(), 0L))).toList();
  }

  CaseView full(CaseRecord c, Caller caller) {
    List<AdoptionView> adoptions = repo.adoptionsOf(c.id()).stream().map(this::adoption).toList();
    boolean office = caller.municipalityId() != null && (caller.has(Role.MAYOR) || caller.has(Role.STAFF));
    List<AdoptionView> adoptsFrom = repo.adoptionsBy(c.municipalityId()).stream()
        .map(a -> repo.find(a.caseId).filter(o -> Access.canReadCase(caller, o.published(),
            o.visibility(), o.municipalityId(), o.sharedWith())).map(o -> adoption(a, o)).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
    boolean canEdit = Access.canEditCase(caller, c.municipalityId());
    boolean canPublish = !c.published() && (caller.has(Role.ADMIN)
        || (Access.isOfficeOf(caller, c.municipalityId())
            && (caller.has(Role.MAYOR) || c.authorId().equals(caller.memberId()))));
    boolean canDelete = caller.has(Role.ADMIN) || c.authorId().equals(caller.memberId());
    boolean canAdopt = c.published() && office && !caller.municipalityId().equals(c.municipalityId());
    return new CaseView(c.id(), c.title(), c.summary(), c.body(), Markdown.toHtml(c.body()),
        place(c.municipalityId()), person(c.authorId()), person(c.contactId()), c.topic(),
        c.phase().label(), c.startDate(), c.endDate(), c.budget(), c.fundingProgramme(),
        c.fundingRate(), c.content().partners(), c.tags().stream().sorted().toList(),
        c.lessonsGood(), Markdown.toHtml(c.lessonsGood()), c.lessonsBad(),
        Markdown.toHtml(c.lessonsBad()), c.content().kpis(), c.kpisStale(today(), staleMonths),
        c.status().name(), c.visibility().name(), places(c.sharedWith()), c.revision(),
        c.createdAt(), c.updatedAt(), c.publishedAt(),
        repo.attachments(c.id()).stream().map(AttachmentView::of).toList(), adoptions.size(),
        adoptions, adoptsFrom, canEdit, canPublish, canDelete, canAdopt);
  }

  List<CaseView.Place> places(Collection<Long> ids) {
    return ids.stream().sorted().map(this::place).toList();
  }

  AdoptionView adoption(CaseAdoption a) {
    return adoption(a, repo.find(a.caseId).orElse(null));
  }

  AdoptionView adoption(CaseAdoption a, CaseRecord c) {
    return new AdoptionView(a.id, a.caseId, c == null ? null : c.title(), place(a.municipalityId),
        a.stage.name(), a.stage.label(), a.note, a.updatedAt);
  }
}
