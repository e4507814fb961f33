package de.pilotnetz.caselib;

import de.pilotnetz.member.MailContact;
import de.pilotnetz.member.MemberService;
import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.mail.Mail;
import de.pilotnetz.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * KPI follow-up: the contact person of a running case whose KPIs are stale gets an e-mail (German
 * or English by their language, with a link only, never content) at most once per 30 days, and
 * {@link KpiReminderDue} is fired for the in-app notification feature. Run daily by
 * {@link KpiReminderSchedule}; with several nodes each runs it, and the stored "last reminded"
 * keeps a case from being mailed twice unless two nodes run in the same moment.
 */
@ApplicationScoped
public class KpiReminders {
  private static final Logger LOG = Logger.getLogger(KpiReminders.class.getName());

  @Inject CaseRepository repo;
  @Inject CaseViews views;
  @Inject MemberService members;
  @Inject Mailer mailer;
  @Inject Settings settings;
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
      MailContact to = members.mailContact(c.contactId()).orElse(null);
      if (to != null) {
        mailer.sendAfterCommit(mail(to, c));
      }
      due.fire(new KpiReminderDue(c.id(), c.contactId()));
      sent++;
    }
    int n = sent;
    LOG.info(() -> "KPI reminders sent: " + n);
    return sent;
  }

  Mail mail(MailContact to, CaseRecord c) {
    String link = settings.baseUrl() + "/#/faelle/" + c.id();
    if ("en".equals(to.language())) {
      return new Mail(to.email(), "Pilotnetz: please update the KPIs of your case",
          "Hello " + to.displayName() + ",\n\nthe KPIs of a case you are the contact for have not been "
              + "measured for more than " + views.staleMonths() + " months. Please add current figures:\n\n"
              + link + "\n\nPilotnetz");
    }
    return new Mail(to.email(), "Pilotnetz: Bitte aktualisieren Sie die Kennzahlen Ihres Falls",
        "Guten Tag " + to.displayName() + ",\n\ndie Kennzahlen eines Falls, für den Sie Ansprechperson "
            + "sind, wurden seit mehr als " + views.staleMonths() + " Monaten nicht gemessen. Bitte tragen "
            + "Sie aktuelle Werte ein:\n\n" + link + "\n\nIhr Pilotnetz");
  }
}
