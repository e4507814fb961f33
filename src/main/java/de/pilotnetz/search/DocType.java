package de.pilotnetz.search;

/** What a search document stands for. */
public enum DocType {
  CASE,
  THREAD,
  CHAT
}
