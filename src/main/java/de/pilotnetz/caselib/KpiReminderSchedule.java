package de.pilotnetz.caselib;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Runs the KPI reminders every day at 06:15 server time (not persistent: missed runs are skipped). */
@Singleton
public class KpiReminderSchedule {
  @Inject KpiReminders reminders;

  @Schedule(hour = "6", minute = "15", persistent = false)
  void daily() {
    reminders.remind();
  }
}
