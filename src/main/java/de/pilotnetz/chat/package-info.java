/**
 * Real-time chat: rooms (public topic rooms, private rooms, direct messages), messages numbered
 * per room without gaps, the WebSocket endpoint {@code /ws}, read markers, presence and typing,
 * and expert office hours. Live delivery goes through {@link de.pilotnetz.chat.RoomBus}, so that a
 * cluster can replace the single-node bus without touching the endpoint.
 */
package de.pilotnetz.chat;
