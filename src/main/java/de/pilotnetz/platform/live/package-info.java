/**
 * Live delivery to open browser tabs: the per-node registry of connections ({@link
 * de.pilotnetz.platform.live.LiveHub}) and the cluster-ready {@link de.pilotnetz.platform.live.Fanout}.
 * Chat and notifications both deliver through it.
 */
package de.pilotnetz.platform.live;
