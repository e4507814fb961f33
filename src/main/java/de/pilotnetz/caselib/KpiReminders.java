package de.pilotnetz.caselib;

import de.pilotnetz.notify.Notice;
import de.pilotnetz.notify.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * KPI follow-up: the contact person of a running case whose KPIs are stale is reminded at most once
 * per 30 days, through the notification feature: in the app, and by e-mail as their preference
 * says (at once or in the digest; German or English; a link only, never the case's content).
 * {@link KpiReminderDue} is fired for anyone else interested. Run daily on one node by
 * {@link KpiReminderSchedule}.
 */
@ApplicationScoped
public class KpiReminders {
  private static final Logger LOG = Logger.getLogger(KpiReminders.class.getName());

  @Inject CaseRepository repo;
  @Inject CaseViews views;
  @Inject NotificationService notifications;
  @Inject Event<KpiReminderDue> due;
  @Inject Clock clock;

  /** Sends the reminders that are due; answers how many. */
  @Transactional
  public int remind() {
    int months = views.staleMonths();
    var today = views.today();
    int sent = 0;
    for (CaseRecord c : repo.staleRunning(today.minusMonths(months))) {
      if (!c.reminderDue(clock.instant(), today, months)) {
        continue;
      }
      c.markReminded(clock.instant());
      notifications.notify(new Notice(c.contactId(), "KPI_REMINDER",
          "Bitte aktualisieren Sie die Kennzahlen von „" + c.title() + "“",
          "Please update the KPIs of “" + c.title() + "”", null, "#/faelle/" + c.id(), false));
      due.fire(new KpiReminderDue(c.id(), c.contactId()));
      sent++;
    }
    int n = sent;
    LOG.info(() -> "KPI reminders sent: " + n);
    return sent;
  }
}
