package de.pilotnetz.chat;

import de.pilotnetz.member.MemberService;
import de.pilotnetz.member.MemberView;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.security.Visibility;
import de.pilotnetz.thread.ThreadService;
import de.pilotnetz.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Publishes an office hour's selected questions and answers as a thread for the whole network:
 * the first questioner asks, the selected answers follow with their authors, and the thread links
 * back to the chat room. The office hour keeps the thread's id, so both point at each other.
 */
@ApplicationScoped
class ThreadOfficeHourPublisher implements OfficeHourPublisher {

  @Inject ThreadService threads;
  @Inject TopicService topics;
  @Inject MemberService members;
  @Inject Clock clock;

  @Override
  public long publish(long officeHourId, long roomId, String topic, long expertId, List<Entry> entries) {
    List<Entry> questions = entries.stream().filter(Entry::question).toList();
    if (questions.isEmpty()) {
      throw new InvalidInput("questionIds", "Wählen Sie mindestens eine Frage aus.");
    }
    String firstQuestion = questions.get(0).text().strip();
    String title = "Sprechstunde " + topic + ": "
        + (firstQuestion.length() > 120 ? firstQuestion.substring(0, 117) + "…" : firstQuestion);
    String body = questions.stream().map(q -> q.text().strip()).collect(Collectors.joining("\n\n"))
        + "\n\n_Aus der Chat-Sprechstunde „" + topic + "“ ([zum Chat-Raum](#/chat?room=" + roomId + "))._";
    List<ThreadService.SeedAnswer> answers = entries.stream().filter(e -> !e.question())
        .map(e -> new ThreadService.SeedAnswer(e.authorId(), e.text(), 0, 0)).toList();
    long asker = questions.get(0).authorId();
    Long municipality = members.author(asker).map(MemberView::municipality)
        .map(m -> m == null ? null : m.id()).orElse(null);
    return threads.seed(asker, municipality, title, body, threadTopic(topic, expertId), List.of("Sprechstunde"),
        Visibility.NETWORK, clock.instant(), answers, -1);
  }

  /** The controlled topic named in the office hour's title, else the expert's first expertise. */
  String threadTopic(String officeHourTopic, long expertId) {
    String text = officeHourTopic.toLowerCase(java.util.Locale.ROOT);
    return topics.names().stream().filter(t -> text.contains(t.toLowerCase(java.util.Locale.ROOT)))
        .findFirst()
        .or(() -> members.author(expertId).flatMap(m -> m.topics().stream().findFirst()))
        .orElse(topics.names().get(0));
  }
}
