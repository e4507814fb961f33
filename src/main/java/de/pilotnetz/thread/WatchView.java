package de.pilotnetz.thread;

public record WatchView(WatchKind kind, String target, WatchLevel level) {}
