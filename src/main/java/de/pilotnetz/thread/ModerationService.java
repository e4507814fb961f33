package de.pilotnetz.thread;

import de.pilotnetz.audit.Audit;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.text.Markdown;
import de.pilotnetz.platform.web.Paging;
import de.pilotnetz.search.DocType;
import de.pilotnetz.search.SearchChanges;
import de.pilotnetz.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Flags from members, and what moderators do about them: hide, restore, lock, move. Every
 * moderator action goes to the audit log.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

  @Inject Access access;
  @Inject ThreadRepository repo;
  @Inject ThreadGuard guard;
  @Inject ThreadViews views;
  @Inject TopicService topics;
  @Inject SearchChanges search;
  @Inject Audit audit;
  @Inject Clock clock;

  static Flag.Kind kind(String field, String kind) {
    return switch (kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT)) {
      case "thread", "threads" -> Flag.Kind.THREAD;
      case "answer", "answers" -> Flag.Kind.ANSWER;
      default -> throw new InvalidInput(field, "muss thread oder answer sein");
    };
  }

  /** Any member who can read the content may flag it. Returns the flag id. */
  public long flag(FlagContent cmd) {
    Caller c = access.member();
    Flag.Kind k = kind("kind", cmd.kind());
    long threadId = k == Flag.Kind.THREAD ? guard.readable(c, cmd.id()).id()
        : guard.readableAnswer(c, cmd.id()).threadId();
    Flag f = repo.add(new Flag(k, cmd.id(), threadId, c.memberId(), cmd.reason().trim(), clock.instant()));
    repo.flush();
    return f.id();
  }

  public List<FlagView> queue(Paging paging) {
    Caller c = access.moderator();
    return repo.openFlags(paging.offset(), paging.size()).stream().map(f -> {
      ThreadRecord t = repo.thread(f.threadId()).orElseThrow();
      String text;
      boolean hidden;
      if (f.kind() == Flag.Kind.THREAD) {
        text = t.body();
        hidden = t.hidden();
      } else {
        Answer a = repo.answer(f.targetId()).orElse(null);
        text = a == null ? "" : a.body();
        hidden = a != null && a.hidden();
      }
      return new FlagView(f.id(), f.kind().name().toLowerCase(Locale.ROOT), f.targetId(), f.threadId(),
          t.title(), Markdown.excerpt(text, 300), f.reason(), views.author(f.reporterId()), f.createdAt(), hidden);
    }).toList();
  }

  /** Hides (or restores) a question or an answer; open flags on it are resolved. */
  public void hide(String kind, long id, boolean hide) {
    access.moderator();
    Flag.Kind k = kind("kind", kind);
    long threadId;
    if (k == Flag.Kind.THREAD) {
      ThreadRecord t = repo.thread(id).orElseThrow(() -> new NotFound("Die Frage wurde nicht gefunden."));
      t.hide(hide);
      threadId = t.id();
    } else {
      Answer a = repo.answer(id).orElseThrow(() -> new NotFound("Die Antwort wurde nicht gefunden."));
      a.hide(hide);
      threadId = a.threadId();
    }
    repo.resolveFlags(k, id, hide ? "HIDDEN" : "KEPT", clock.instant());
    search.record(DocType.THREAD, threadId);
    audit.record((k == Flag.Kind.THREAD ? "THREAD_" : "ANSWER_") + (hide ? "HIDDEN" : "RESTORED"),
        k.name().toLowerCase(Locale.ROOT) + ":" + id, null);
  }

  public ThreadDetail lock(long threadId, boolean lock) {
    Caller c = access.moderator();
    ThreadRecord t = repo.thread(threadId).orElseThrow(() -> new NotFound("Die Frage wurde nicht gefunden."));
    t.lock(lock);
    repo.flush();
    audit.record(lock ? "THREAD_LOCKED" : "THREAD_UNLOCKED", "thread:" + threadId, null);
    return views.detail(t, c, null);
  }

  public ThreadDetail move(long threadId, MoveTopic cmd) {
    Caller c = access.moderator();
    ThreadRecord t = repo.thread(threadId).orElseThrow(() -> new NotFound("Die Frage wurde nicht gefunden."));
    String to = topics.require("topic", cmd.topic());
    String from = t.topic();
    t.moveTo(to);
    repo.flush();
    search.record(DocType.THREAD, threadId);
    audit.record("THREAD_MOVED", "thread:" + threadId, from + " -> " + to);
    return views.detail(t, c, null);
  }
}
