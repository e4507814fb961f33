package de.pilotnetz.thread;

import de.pilotnetz.member.MemberContact;
import de.pilotnetz.member.MemberService;
import de.pilotnetz.member.MemberView;
import de.pilotnetz.notify.Notice;
import de.pilotnetz.notify.NotificationService;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Visibility;
import de.pilotnetz.platform.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who hears about what happens in a thread, and hands notify one notice per member:
 * a mention beats expert routing, which beats watching. Nobody is notified about content they
 * cannot read (a mention of an outsider in a RESTRICTED thread notifies nobody), nor about their
 * own actions, nor while they muted the thread.
 */
@ApplicationScoped
class ThreadNotifier {
  static final String MENTION = "MENTION";
  static final String EXPERT = "NEW_QUESTION_IN_TOPIC";
  static final String WATCHED = "WATCHED_ACTIVITY";
  static final String ANSWER = "ANSWER";
  static final String ACCEPTED = "ANSWER_ACCEPTED";

  @Inject MemberService members;
  @Inject NotificationService notifications;
  @Inject ThreadRepository repo;

  void asked(ThreadRecord t) {
    Map<Long, String> to = new LinkedHashMap<>();
    watchers(WatchKind.TOPIC, t.topic()).forEach((m, level) -> {
      if (level == WatchLevel.ALL) {
        to.put(m, WATCHED);
      }
    });
    if (t.authorMunicipalityId() != null) {
      watchers(WatchKind.MUNICIPALITY, t.authorMunicipalityId().toString()).forEach((m, level) -> {
        if (level == WatchLevel.ALL) {
          to.put(m, WATCHED);
        }
      });
    }
    if (t.caseId() != null) {
      watchers(WatchKind.CASE, t.caseId().toString()).forEach((m, level) -> {
        if (level == WatchLevel.ALL) {
          to.put(m, WATCHED);
        }
      });
    }
    Map<Long, WatchLevel> topicLevels = watchers(WatchKind.TOPIC, t.topic());
    for (MemberView expert : members.expertsOn(t.topic())) {
      if (topicLevels.get(expert.id()) != WatchLevel.MUTED) {
        to.put(expert.id(), EXPERT);
      }
    }
    members.mentionedIn(t.body()).forEach(m -> to.put(m, MENTION));
    send(t, to, t.authorId(), t.body());
  }

  void answered(ThreadRecord t, Answer a) {
    Map<Long, String> to = new LinkedHashMap<>();
    Map<Long, WatchLevel> levels = watchers(WatchKind.THREAD, t.id().toString());
    levels.forEach((m, level) -> {
      if (level == WatchLevel.ALL || (level == WatchLevel.MENTIONS_AND_REPLIES && m == t.authorId())) {
        to.put(m, ANSWER);
      }
    });
    for (long m : members.mentionedIn(a.body())) {
      if (levels.get(m) != WatchLevel.MUTED) {
        to.put(m, MENTION);
      }
    }
    send(t, to, a.authorId(), a.body());
  }

  /** Members named in an edit who were not named before. */
  void edited(ThreadRecord t, String before, String after, long editorId) {
    Set<Long> old = members.mentionedIn(before);
    Map<Long, WatchLevel> levels = watchers(WatchKind.THREAD, t.id().toString());
    Map<Long, String> to = new LinkedHashMap<>();
    for (long m : members.mentionedIn(after)) {
      if (!old.contains(m) && levels.get(m) != WatchLevel.MUTED) {
        to.put(m, MENTION);
      }
    }
    send(t, to, editorId, after);
  }

  void accepted(ThreadRecord t, Answer a, long actorId) {
    if (watchers(WatchKind.THREAD, t.id().toString()).get(a.authorId()) != WatchLevel.MUTED) {
      send(t, Map.of(a.authorId(), ACCEPTED), actorId, a.body());
    }
  }

  private Map<Long, WatchLevel> watchers(WatchKind kind, String target) {
    Map<Long, WatchLevel> out = new LinkedHashMap<>();
    repo.watchers(kind, target).forEach(w -> out.put(w.memberId(), w.level()));
    return out;
  }

  private void send(ThreadRecord t, Map<Long, String> to, long actorId, String text) {
    boolean mailable = t.visibility() != Visibility.RESTRICTED;
    for (Map.Entry<Long, String> e : to.entrySet()) {
      if (e.getKey() == actorId) {
        continue;
      }
      Optional<MemberContact> c = members.contact(e.getKey());
      if (c.isEmpty() || !Access.canRead(c.get().asCaller(), t.visibility(), t.authorMunicipalityId(),
          t.sharedWith())) {
        continue;
      }
      notifications.notify(new Notice(e.getKey(), e.getValue(), title(e.getValue(), t),
          titleEn(e.getValue(), t), Markdown.excerpt(text, 280), "#/fragen/" + t.id(), mailable));
    }
  }

  private static String title(String type, ThreadRecord t) {
    return switch (type) {
      case MENTION -> "Erwähnung in: " + t.title();
      case EXPERT -> "Neue Frage zum Thema " + t.topic() + ": " + t.title();
      case ANSWER -> "Neue Antwort auf: " + t.title();
      case ACCEPTED -> "Ihre Antwort wurde als Lösung markiert: " + t.title();
      default -> "Neu in Ihrer Beobachtungsliste: " + t.title();
    };
  }

  private static String titleEn(String type, ThreadRecord t) {
    return switch (type) {
      case MENTION -> "Mention in: " + t.title();
      case EXPERT -> "New question on " + t.topic() + ": " + t.title();
      case ANSWER -> "New answer to: " + t.title();
      case ACCEPTED -> "Your answer was accepted: " + t.title();
      default -> "New on your watch list: " + t.title();
    };
  }

  static boolean readable(MemberContact c, ThreadRecord t, Collection<Long> shared) {
    return Access.canRead(c.asCaller(), t.visibility(), t.authorMunicipalityId(), shared);
  }
}
