package de.pilotnetz.caselib;

/**
 * Fired (inside the reminder's transaction) when a case's contact person is reminded to update
 * stale KPIs; the notification feature observes it to show the reminder in the app.
 */
public record KpiReminderDue(long caseId, long memberId) {}
