/**
 * Discussion threads: questions and answers with votes, an accepted answer, flags and
 * moderation, answer revisions, watching, @mentions, expert routing and the answer-time
 * statistics. Notifications go through {@code notify}; search documents through {@code search}.
 */
package de.pilotnetz.thread;
