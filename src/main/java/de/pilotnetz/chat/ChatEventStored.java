package de.pilotnetz.chat;

import java.util.Set;

/** A numbered room event was stored; observed after commit to broadcast it and notify mentions. */
record ChatEventStored(ChatEventRow event, Set<Long> mentioned) {}
