package de.pilotnetz.thread;

import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.platform.errors.Forbidden;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.PreconditionFailed;
import de.pilotnetz.platform.errors.PreconditionRequired;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.security.Visibility;
import de.pilotnetz.platform.web.Paging;
import de.pilotnetz.search.DocType;
import de.pilotnetz.search.SearchChanges;
import de.pilotnetz.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/** Asking, listing, reading and editing questions; the statistics; the bulk import. */
@ApplicationScoped
@Transactional
public class ThreadService {
  private static final Logger LOG = Logger.getLogger(ThreadService.class.getName());

  @Inject Access access;
  @Inject ThreadRepository repo;
  @Inject ThreadGuard guard;
  @Inject ThreadViews views;
  @Inject ThreadNotifier notifier;
  @Inject WatchService watches;
  @Inject TopicService topics;
  @Inject MunicipalityService municipalities;
  @Inject SearchChanges search;
  @Inject Clock clock;

  public ThreadDetail ask(AskQuestion cmd) {
    Caller c = access.member();
    ThreadRecord t = store(c, cmd.title(), cmd.body(), cmd.topic(), cmd.tags(), cmd.visibility(),
        cmd.sharedWith(), cmd.caseId());
    watches.autoWatch(c.memberId(), t.id());
    notifier.asked(t);
    LOG.info(() -> "Question " + t.id() + " asked in " + t.topic());
    return views.detail(t, c, WatchLevel.ALL);
  }

  private ThreadRecord store(Caller c, String title, String body, String topic, List<String> tags,
      Visibility visibility, List<Long> sharedWith, Long caseId) {
    String canonicalTopic = topics.require("topic", topic);
    Visibility v = visibility == null ? Visibility.NETWORK : visibility;
    Set<Long> shared = new LinkedHashSet<>(sharedWith == null ? List.of() : sharedWith);
    for (Long m : shared) {
      if (m == null || municipalities.find(m).isEmpty()) {
        throw new InvalidInput("sharedWith", "Diese Kommune gibt es nicht: " + m);
      }
    }
    if (v == Visibility.RESTRICTED && c.municipalityId() == null && shared.isEmpty()) {
      throw new InvalidInput("sharedWith",
          "Eine vertrauliche Frage ohne eigene Kommune braucht mindestens eine Kommune, die sie lesen darf.");
    }
    ThreadRecord t = repo.add(new ThreadRecord(title.trim(), body, canonicalTopic, tags(tags), caseId,
        c.memberId(), c.municipalityId(), v, v == Visibility.RESTRICTED ? shared : Set.of(), clock.instant()));
    repo.flush();
    search.record(DocType.THREAD, t.id());
    return t;
  }

  static List<String> tags(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    return tags.stream().map(s -> s.trim().toLowerCase(java.util.Locale.ROOT)).filter(s -> !s.isEmpty())
        .distinct().toList();
  }

  public ThreadPage list(String topic, String tag, String unanswered, String solved, Paging paging) {
    Caller c = access.caller();
    ThreadRepository.Filter f = new ThreadRepository.Filter(
        topic == null || topic.isBlank() ? null : topics.require("topic", topic),
        tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(java.util.Locale.ROOT),
        bool("unanswered", unanswered), bool("solved", solved), Access.canSeeHidden(c), Access.readScope(c));
    return new ThreadPage(repo.list(f, paging.offset(), paging.size()).stream().map(views::summary).toList(),
        repo.count(f), paging.page(), paging.size());
  }

  static Boolean bool(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "ja" -> Boolean.TRUE;
      case "false", "0", "nein" -> Boolean.FALSE;
      default -> throw new InvalidInput(field, "muss true oder false sein");
    };
  }

  public ThreadDetail get(long id) {
    Caller c = access.caller();
    ThreadRecord t = guard.readable(c, id);
    return views.detail(t, c, c.isMember() ? watches.level(c.memberId(), t.id()) : null);
  }

  /** Edits a question: its author or a moderator, with the version last seen (If-Match). */
  public ThreadDetail edit(long id, Long ifMatch, EditQuestion cmd) {
    Caller c = access.member();
    ThreadRecord t = guard.readable(c, id);
    if (!Access.canEdit(c, t.authorId())) {
      throw new Forbidden("Nur die Fragestellerin oder der Fragesteller und die Moderation können die Frage ändern.");
    }
    checkVersion(ifMatch, t.version());
    String before = t.body();
    t.edit(cmd.title().trim(), cmd.body(), tags(cmd.tags()), clock.instant());
    repo.flush();
    search.record(DocType.THREAD, t.id());
    notifier.edited(t, before, cmd.body(), c.memberId());
    return views.detail(t, c, watches.level(c.memberId(), t.id()));
  }

  static void checkVersion(Long ifMatch, long current) {
    if (ifMatch == null) {
      throw new PreconditionRequired("Bitte senden Sie die Version, die Sie bearbeitet haben (If-Match).");
    }
    if (ifMatch != current) {
      throw new PreconditionFailed("Der Beitrag wurde inzwischen geändert. Bitte laden Sie ihn neu.");
    }
  }

  /**
   * Stores a question with its answers in the caller's transaction, without notifications: for
   * the bulk import of the case library. The caller (an admin) is the author of all of it.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public long importThread(String title, String body, String topic, List<String> tags,
      List<String> answers, Visibility visibility) {
    Caller c = access.member();
    ThreadRecord t = store(c, title, body, topic, tags, visibility, List.of(), null);
    Instant now = clock.instant();
    for (String a : answers == null ? List.<String>of() : answers) {
      repo.add(new Answer(t.id(), c.memberId(), a, null, now));
      repo.countAnswer(t.id(), now);
    }
    return t.id();
  }

  /** An answer of demo data: author, text, minutes after the question, votes received. */
  public record SeedAnswer(long authorId, String body, long minutesLater, int score) {}

  /**
   * Stores a question with answers as if written by the named members over time, without
   * notifications: demo data only. {@code accepted} is the index of the accepted answer or -1.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public long seed(long authorId, Long municipalityId, String title, String body, String topic,
      List<String> tags, Visibility visibility, Instant askedAt, List<SeedAnswer> seedAnswers, int accepted) {
    ThreadRecord t = repo.add(new ThreadRecord(title, body, topics.require("topic", topic), tags(tags), null,
        authorId, municipalityId, visibility, Set.of(), askedAt));
    repo.flush();
    watches.autoWatch(authorId, t.id());
    for (int i = 0; i < seedAnswers.size(); i++) {
      SeedAnswer s = seedAnswers.get(i);
      Instant at = askedAt.plus(Duration.ofMinutes(s.minutesLater()));
      Answer a = repo.add(new Answer(t.id(), s.authorId(), s.body(), null, at));
      repo.flush();
      repo.countAnswer(t.id(), at);
      if (s.score() != 0 && s.authorId() != authorId) {
        repo.setVote(a.id(), authorId, 0, Integer.signum(s.score()));
      }
      watches.autoWatch(s.authorId(), t.id());
      if (i == accepted) {
        repo.refresh(t);
        t.accept(a.id(), at.plus(Duration.ofHours(3)));
      }
    }
    repo.flush();
    search.record(DocType.THREAD, t.id());
    return t.id();
  }

  /** Median minutes to the first and to the accepted answer per topic, over what the caller may read. */
  public List<TopicStats> stats() {
    Caller c = access.caller();
    ThreadRepository.Filter f = new ThreadRepository.Filter(null, null, null, null, false, Access.readScope(c));
    Map<String, List<ThreadRecord>> byTopic = new TreeMap<>();
    repo.forStats(f).forEach(t -> byTopic.computeIfAbsent(t.topic(), k -> new ArrayList<>()).add(t));
    List<TopicStats> out = new ArrayList<>();
    byTopic.forEach((topic, ts) -> {
      List<Long> first = new ArrayList<>();
      List<Long> accepted = new ArrayList<>();
      for (ThreadRecord t : ts) {
        if (t.firstAnswerAt() != null) {
          first.add(Duration.between(t.createdAt(), t.firstAnswerAt()).toMinutes());
        }
        if (t.acceptedAt() != null) {
          accepted.add(Duration.between(t.createdAt(), t.acceptedAt()).toMinutes());
        }
      }
      out.add(new TopicStats(topic, ts.size(), first.size(), (int) ts.stream().filter(ThreadRecord::solved).count(),
          median(first), median(accepted)));
    });
    return out;
  }

  static Long median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
