/**
 * Errors as RFC 9457 problem+json: the exceptions services throw for client-visible failures, and
 * the mappers that write them. Nothing else writes error bodies.
 */
package de.pilotnetz.platform.errors;
