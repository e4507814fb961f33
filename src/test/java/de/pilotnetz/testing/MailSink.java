package de.pilotnetz.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the test Payara sends to (port from Maven's {@code it.smtp.port}), started once
 * per test JVM. Tests look up mails by recipient, so they do not see each other's mail.
 */
public final class MailSink {
  private static GreenMail server;

  private MailSink() {}

  public static synchronized GreenMail start() {
    if (server == null) {
      int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
    return server;
  }

  /** Waits up to 10 s for a mail to the recipient whose subject contains the text. */
  public static Message await(String recipient, String subjectPart) {
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(until)) {
      Optional<Message> m = to(recipient).stream().filter(msg -> subject(msg).contains(subjectPart)).findFirst();
      if (m.isPresent()) {
        return m.get();
      }
      sleep();
    }
    throw new AssertionError("no mail to " + recipient + " with subject containing " + subjectPart);
  }

  public static List<Message> to(String recipient) {
    return Arrays.stream(start().getReceivedMessages()).map(m -> (Message) m).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
      } catch (MessagingException e) {
        return false;
      }
    }).toList();
  }

  public static String body(Message m) {
    try {
      Object content = m.getContent();
      return content instanceof String s ? s : GreenMailUtil.getBody(m);
    } catch (MessagingException | java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  public static String subject(Message m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  /** The value of {@code token=} in the first link of the mail. */
  public static String token(Message m) {
    Matcher t = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body(m));
    if (!t.find()) {
      throw new AssertionError("no token in " + body(m));
    }
    return t.group(1);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
