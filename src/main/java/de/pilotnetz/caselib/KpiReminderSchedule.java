package de.pilotnetz.caselib;

import de.pilotnetz.platform.jobs.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Runs the KPI reminders every day at 06:15 server time, on one node of the cluster (not
 * persistent: missed runs are skipped).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KpiReminderSchedule {
  @Inject KpiReminders reminders;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "6", minute = "15", persistent = false)
  void daily() {
    jobs.runOnce("kpi-reminders", Duration.ofMinutes(50), reminders::remind);
  }
}
