package de.pilotnetz.chat;

/** A single-use WebSocket ticket, valid for 60 seconds: {@code /ws?ticket=…}. */
public record TicketView(String ticket) {}
