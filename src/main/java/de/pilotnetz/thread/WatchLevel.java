package de.pilotnetz.thread;

/** How much of a watched item reaches the member. */
public enum WatchLevel {
  /** Every new question or answer. */
  ALL,
  /** Only mentions of the member and answers to their own questions. */
  MENTIONS_AND_REPLIES,
  /** Nothing, not even mentions. */
  MUTED
}
