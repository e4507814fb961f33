package de.pilotnetz.member;

/** How often a member wants e-mail about what concerns them; in-app notifications are always on. */
public enum EmailFrequency {
  IMMEDIATE,
  DAILY,
  WEEKLY,
  OFF
}
