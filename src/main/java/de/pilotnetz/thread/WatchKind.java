package de.pilotnetz.thread;

/** What can be watched. CASE holds the id of a case of the case library (another feature). */
public enum WatchKind { THREAD, CASE, TOPIC, MUNICIPALITY }
