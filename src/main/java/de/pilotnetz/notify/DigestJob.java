package de.pilotnetz.notify;

import de.pilotnetz.member.EmailFrequency;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import de.pilotnetz.platform.jobs.ClusterJobs;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Clock;

/**
 * Starts the digests: daily at 07:00, weekly on Monday at 07:00 (server time zone). Timers are not
 * persistent: a node that is down at 07:00 skips that run, and the next run catches up because each
 * member's last digest time is stored.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {
  @Inject DigestService digests;
  @Inject ClusterJobs jobs;
  @Inject Clock clock;

  @Schedule(hour = "7", minute = "0", persistent = false, info = "daily digest")
  void daily() {
    jobs.runOnce("digest-daily", Duration.ofMinutes(50), () -> digests.run(EmailFrequency.DAILY, clock.instant()));
  }

  @Schedule(dayOfWeek = "Mon", hour = "7", minute = "5", persistent = false, info = "weekly digest")
  void weekly() {
    jobs.runOnce("digest-weekly", Duration.ofMinutes(50), () -> digests.run(EmailFrequency.WEEKLY, clock.instant()));
  }
}
