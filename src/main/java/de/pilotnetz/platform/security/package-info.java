/**
 * Who the caller is ({@link de.pilotnetz.platform.security.Caller}) and what they may do
 * ({@link de.pilotnetz.platform.security.Access}): roles, visibility tiers, the permission matrix.
 */
package de.pilotnetz.platform.security;
