package de.pilotnetz.thread;

import java.util.List;

public record ThreadPage(List<ThreadSummary> items, long total, int page, int size) {}
