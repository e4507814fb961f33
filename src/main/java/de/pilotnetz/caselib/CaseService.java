package de.pilotnetz.caselib;

import de.pilotnetz.platform.text.Markdown;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import de.pilotnetz.municipality.PopulationBand;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.errors.PreconditionFailed;
import de.pilotnetz.platform.errors.PreconditionRequired;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The use cases of the case library: create, read, list, revise (If-Match), publish, delete,
 * revisions, diff, restore. Every write keeps a revision and reports through {@link CaseChanges}.
 */
@ApplicationScoped
@Transactional
public class CaseService {
  private static final Logger LOG = Logger.getLogger(CaseService.class.getName());

  @Inject CaseRepository repo;
  @Inject Access access;
  @Inject CaseViews views;
  @Inject CaseInputs inputs;
  @Inject CaseChanges changes;
  @Inject MunicipalityService municipalities;
  @Inject de.pilotnetz.search.SearchService search;
  @Inject Clock clock;

  /** A created or saved case with its ETag. */
  public record Saved(CaseView view, String etag) {}

  public Saved create(SaveCase cmd) {
    Caller c = access.member();
    Long town = cmd.municipalityId() != null ? cmd.municipalityId() : c.municipalityId();
    access.checkCreateCase(town);
    if (town == null) {
      throw new InvalidInput("municipalityId", "Bitte die Kommune des Falls angeben.");
    }
    municipalities.find(town).orElseThrow(() -> new InvalidInput("municipalityId", "Unbekannte Kommune."));
    CaseContent content = inputs.content(cmd);
    if (content.contactId() == null) {
      content = content.withContact(c.memberId()); // the author answers questions until someone else is named
    }
    CaseRecord r = new CaseRecord(content, town, c.memberId(), clock.instant());
    repo.add(r);
    repo.flush(); // the revision row references the case by a plain id
    keepRevision(r, c.memberId(), "erstellt");
    changes.changed(r.id());
    LOG.info(() -> "Case " + r.id() + " created in municipality " + town);
    return new Saved(views.full(r, c), r.etag());
  }

  /** Without permission check, for demo data: a case as if created by the author. */
  public long createUnchecked(SaveCase cmd, long municipalityId, long authorId, boolean publish) {
    CaseRecord r = new CaseRecord(inputs.content(cmd), municipalityId, authorId, clock.instant());
    repo.add(r);
    repo.flush();
    keepRevision(r, authorId, "erstellt");
    if (publish) {
      r.publish(clock.instant());
      keepRevision(r, authorId, "status");
    }
    changes.changed(r.id());
    return r.id();
  }

  public Saved get(long id) {
    CaseRecord r = readable(id);
    return new Saved(views.full(r, access.caller()), r.etag());
  }

  /** Cases like this one, weighted by "municipalities like mine" (same state, same size class). */
  public List<de.pilotnetz.search.SearchView.Hit> similar(long id) {
    CaseRecord r = readable(id);
    var town = municipalities.find(r.municipalityId());
    de.pilotnetz.search.SimilarityHints hints = town.map(m -> {
      var band = de.pilotnetz.municipality.PopulationBand.of(m.population());
      return new de.pilotnetz.search.SimilarityHints(m.state(), band.min(), band.max());
    }).orElse(de.pilotnetz.search.SimilarityHints.NONE);
    return search.similar(de.pilotnetz.search.DocType.CASE, id, hints, 5);
  }

  public CasePage list(String topic, String state, String phase, String municipality, String q,
      String sort, boolean kpisStale, String populationBand, Paging paging) {
    Access.ReadScope scope = access.readScope();
    CaseRepository.Filter f = new CaseRepository.Filter(
        blank(topic) ? null : inputs.topic("topic", topic),
        blank(phase) ? null : inputs.phase(phase),
        towns(state, municipality, populationBand),
        blank(q) ? null : q.trim(),
        kpisStale ? views.today().minusMonths(views.staleMonths()) : null,
        sort(sort));
    long total = repo.count(scope, f);
    List<CaseSummary> items = views.summaries(repo.page(scope, f, paging.offset(), paging.size()));
    return new CasePage(total, paging.page(), paging.size(), items);
  }

  private Collection<Long> towns(String state, String municipality, String band) {
    if (blank(state) && blank(municipality) && blank(band)) {
      return null;
    }
    PopulationBand b = blank(band) ? null : Arrays.stream(PopulationBand.values())
        .filter(x -> x.name().equalsIgnoreCase(band.trim())).findFirst()
        .orElseThrow(() -> new InvalidInput("populationBand",
            "Erlaubt: UNDER_5K, FROM_5K_TO_20K, FROM_20K_TO_100K, OVER_100K"));
    Long muni = null;
    if (!blank(municipality)) {
      try {
        muni = Long.parseLong(municipality.trim());
      } catch (NumberFormatException e) {
        throw new InvalidInput("municipality", "muss die Nummer einer Kommune sein");
      }
    }
    Long only = muni;
    return municipalities.list(blank(state) ? null : state, null).stream()
        .filter(m -> b == null || PopulationBand.of(m.population()) == b)
        .map(MunicipalityView::id).filter(id -> only == null || only.equals(id)).toList();
  }

  private static String sort(String s) {
    if (blank(s)) {
      return "newest";
    }
    if (!List.of("newest", "updated", "title").contains(s.trim())) {
      throw new InvalidInput("sort", "Erlaubt: newest, updated, title");
    }
    return s.trim();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Saves new content; {@code ifMatch} must name the current revision (428 without, 412 stale). */
  public Saved revise(long id, String ifMatch, SaveCase cmd) {
    CaseRecord r = readable(id);
    Caller c = access.checkEditCase(r.municipalityId());
    requireCurrent(r, ifMatch);
    CaseContent content = inputs.content(cmd);
    List<String> changed = r.revise(content, clock.instant());
    if (!changed.isEmpty()) {
      keepRevision(r, c.memberId(), String.join(",", changed));
      changes.changed(r.id());
    }
    return new Saved(views.full(r, c), r.etag());
  }

  public Saved publish(long id) {
    CaseRecord r = readable(id);
    Caller c = access.checkPublishCase(r.municipalityId(), r.authorId());
    if (r.publish(clock.instant())) {
      keepRevision(r, c.memberId(), "status");
      changes.changed(r.id());
      LOG.info(() -> "Case " + id + " published");
    }
    return new Saved(views.full(r, c), r.etag());
  }

  public void delete(long id) {
    access.member();
    CaseRecord r = readable(id);
    access.checkDeleteCase(r.authorId());
    r.delete(clock.instant());
    changes.changed(r.id());
    LOG.info(() -> "Case " + id + " deleted (soft)");
  }

  public List<RevisionView> revisions(long id) {
    readable(id);
    return repo.revisions(id).stream().map(v -> new RevisionView(v.number, views.person(v.authorId),
        v.at, List.of(v.changed.split(",")))).toList();
  }

  public DiffView diff(long id, int a, int b) {
    readable(id);
    return RevisionDiff.between(a, b, snapshot(id, a), snapshot(id, b));
  }

  /** Makes an old revision's content the current one, as a new revision. */
  public Saved restore(long id, int number, String ifMatch) {
    CaseRecord r = readable(id);
    Caller c = access.checkEditCase(r.municipalityId());
    requireCurrent(r, ifMatch);
    CaseContent old = Snapshots.read(Snapshots.parse(revisionOf(id, number).snapshot));
    if (!r.revise(old, clock.instant()).isEmpty()) {
      keepRevision(r, c.memberId(), "wiederhergestellt aus " + number);
      changes.changed(r.id());
    }
    return new Saved(views.full(r, c), r.etag());
  }

  private jakarta.json.JsonObject snapshot(long id, int number) {
    return Snapshots.parse(revisionOf(id, number).snapshot);
  }

  private CaseRevision revisionOf(long id, int number) {
    return repo.revision(id, number).orElseThrow(() -> new NotFound("Revision " + number + " gibt es nicht."));
  }

  /** The case if the caller may read it; 404 otherwise (also when deleted). */
  CaseRecord readable(long id) {
    CaseRecord r = repo.find(id).orElseThrow(() -> new NotFound("Der Fall wurde nicht gefunden."));
    access.checkReadCase(r.published(), r.visibility(), r.municipalityId(), r.sharedWith());
    return r;
  }

  private static void requireCurrent(CaseRecord r, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired("Bitte senden Sie If-Match mit dem ETag der Fassung, die Sie bearbeitet haben.");
    }
    String tag = ifMatch.trim();
    if (tag.equals("*")) {
      return;
    }
    boolean matches = Arrays.stream(tag.split(",")).map(String::trim)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals(r.etag()) || t.equals(String.valueOf(r.revision())));
    if (!matches) {
      throw new PreconditionFailed("Der Fall wurde inzwischen geändert (jetzt Fassung " + r.revision()
          + "). Laden Sie ihn neu; Ihre Änderungen wurden nicht gespeichert.");
    }
  }

  void keepRevision(CaseRecord r, Long authorId, String changed) {
    repo.addRevision(new CaseRevision(r.id(), r.revision(), authorId, clock.instant(), changed,
        Snapshots.write(r.content(), r.status())));
  }

  /**
   * Stores checked import items in this transaction: unknown municipalities are registered with a
   * placeholder AGS, cases are published as revision 1. Flushes and clears at the end, so a batch
   * leaves nothing in memory.
   */
  void importBatch(List<CaseImportHandler.Item> items, long importedBy) {
    // Towns first, while the unit of work is small: every query flushes it, and with the batch's
    // cases already in it each lookup would check all of them again.
    Map<String, Long> towns = new HashMap<>();
    for (CaseImportHandler.Item item : items) {
      String key = item.state() + "|" + item.municipality().toLowerCase(java.util.Locale.ROOT);
      if (!towns.containsKey(key)) {
        long id = municipalities.byName(item.municipality(), item.state()).map(MunicipalityView::id)
            .orElseGet(() -> municipalities.registerPlaceholder(item.municipality(), item.state(),
                item.population()).id());
        towns.put(key, id);
      }
    }
    repo.flush(); // case rows reference new municipalities by a plain id
    List<CaseRecord> created = new java.util.ArrayList<>(items.size());
    for (CaseImportHandler.Item item : items) {
      String key = item.state() + "|" + item.municipality().toLowerCase(java.util.Locale.ROOT);
      CaseRecord r = new CaseRecord(item.content(), towns.get(key), importedBy, clock.instant());
      r.markImported(clock.instant());
      repo.add(r);
      created.add(r);
    }
    repo.flush();
    for (CaseRecord r : created) {
      keepRevision(r, importedBy, "importiert");
      changes.changed(r.id());
    }
    repo.flush();
    repo.clear();
  }

  /** The editor's preview, for members: the same rendering and sanitizing as the case page. */
  public String preview(String markdown) {
    access.member();
    return Markdown.toHtml(markdown);
  }

  // ---- for other features ------------------------------------------------------------------

  /** What search indexes for one case (deleted ones too, flagged), without permission check. */
  public java.util.Optional<CaseSearchData> searchData(long id) {
    return repo.find(id).map(this::searchData);
  }

  /** Hands every case's search data to the consumer, in chunks of 200 (search rebuild). */
  public void forEachSearchData(Consumer<CaseSearchData> consumer) {
    long after = 0;
    List<CaseRecord> chunk;
    Map<Long, CaseView.Place> places = new HashMap<>();
    // a few queries per chunk instead of several per case: collections and attachments in batches
    while (!(chunk = repo.allAfterWithCollections(after, 500)).isEmpty()) {
      Map<Long, List<CaseAttachment>> files = repo.attachments(chunk.stream().map(CaseRecord::id).toList());
      for (CaseRecord c : chunk) {
        consumer.accept(searchData(c, places.computeIfAbsent(c.municipalityId(), views::place),
            files.getOrDefault(c.id(), List.of())));
      }
      after = chunk.get(chunk.size() - 1).id();
      repo.clear();
    }
  }

  private CaseSearchData searchData(CaseRecord c) {
    return searchData(c, views.place(c.municipalityId()), repo.attachments(c.id()));
  }

  private static CaseSearchData searchData(CaseRecord c, CaseView.Place p, List<CaseAttachment> files) {
    String text = String.join("\n", files.stream()
        .map(a -> a.text).filter(t -> t != null && !t.isBlank()).toList());
    Set<Long> allowed = new HashSet<>(c.sharedWith());
    allowed.add(c.municipalityId());
    return new CaseSearchData(c.id(), c.title(), c.summary(), c.body(), c.lessonsGood(),
        c.lessonsBad(), c.kpis().stream().map(Kpi::name).toList(),
        c.partners().stream().map(Partner::name).toList(), c.tags().stream().sorted().toList(),
        c.municipalityId(), p.name(), p.state(), p.population(), c.topic(), c.phase().label(), text,
        c.visibility().name(), allowed.stream().sorted().toList(), c.published(), c.deleted(),
        c.updatedAt(), "#/faelle/" + c.id());
  }

  /** Topics of published cases per municipality ("municipalities like mine"). */
  public Map<Long, Set<String>> topicsByMunicipality() {
    Map<Long, Set<String>> out = new HashMap<>();
    repo.topicsByMunicipality().forEach(r -> out.computeIfAbsent((Long) r[0], k -> new HashSet<>())
        .add((String) r[1]));
    return out;
  }
}
