package de.pilotnetz.chat;

import java.util.List;

/**
 * Publishes the selected questions and answers of an office hour as a searchable thread. The
 * thread feature implements it (a CDI bean); until it has landed there is no implementation and
 * a publication stays PENDING with its selection stored.
 */
public interface OfficeHourPublisher {

  /** One selected message: {@code question} true for a question, false for an answer. */
  record Entry(long messageId, long authorId, String text, boolean question) {}

  /** Creates the thread, linking back to the room and office hour; answers the thread id. */
  long publish(long officeHourId, long roomId, String topic, long expertId, List<Entry> entries);
}
