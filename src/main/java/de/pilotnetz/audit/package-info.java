/** The audit log of security-relevant actions: logins, invitations, role changes, erasures, moderation. */
package de.pilotnetz.audit;
