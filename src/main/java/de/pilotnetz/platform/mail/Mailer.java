package de.pilotnetz.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through the configured SMTP server once the current transaction has committed, so
 * that rolled-back work mails nobody. Without an SMTP host (the demo), mails go to the log.
 * A failed delivery is logged; it never undoes the work that caused it.
 */
@ApplicationScoped
public class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @ConfigProperty(name = "pilotnetz.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "pilotnetz.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "pilotnetz.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "pilotnetz.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "pilotnetz.smtp.starttls", defaultValue = "true")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "pilotnetz.smtp.from", defaultValue = "Pilotnetz <noreply@pilotnetz.invalid>")
  String from;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Sends after commit, or now when no transaction is active. */
  public void sendAfterCommit(Mail mail) {
    if (transactions.getTransactionKey() == null) {
      deliver(mail);
      return;
    }
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          deliver(mail);
        }
      }
    });
  }

  void deliver(Mail mail) {
    if (host.filter(h -> !h.isBlank()).isEmpty()) {
      LOG.info(() -> "E-mail (no SMTP host configured) to " + mail.to() + "\nBetreff: " + mail.subject()
          + "\n\n" + mail.text());
      return;
    }
    try {
      MimeMessage m = new MimeMessage(session());
      m.setFrom(new InternetAddress(from));
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
      m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      m.setText(mail.text(), StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      Transport.send(m);
      LOG.fine(() -> "E-mail sent: " + mail.subject());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "E-mail could not be delivered: " + mail.subject(), e);
    }
  }

  private Session session() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host.orElseThrow());
    p.put("mail.smtp.port", Integer.toString(port));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    boolean auth = user.filter(u -> !u.isBlank()).isPresent();
    p.put("mail.smtp.auth", Boolean.toString(auth));
    if (!auth) {
      return Session.getInstance(p);
    }
    return Session.getInstance(p, new jakarta.mail.Authenticator() {
      @Override
      protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
        return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
      }
    });
  }
}
