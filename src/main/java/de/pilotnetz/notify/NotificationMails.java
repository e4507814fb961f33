package de.pilotnetz.notify;

import de.pilotnetz.member.MemberContact;
import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.mail.Mail;
import de.pilotnetz.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The texts of notification mails, German or English by the member's language. Confidential
 * (not mailable) items appear as a link only: no title, no excerpt.
 */
@ApplicationScoped
class NotificationMails {
  @Inject Mailer mailer;
  @Inject Settings settings;

  void immediately(MemberContact to, Notice n) {
    boolean en = to.english();
    String subject = n.mailable() ? "Pilotnetz: " + n.title(en)
        : en ? "Pilotnetz: new activity in a confidential item" : "Pilotnetz: Neues in einem vertraulichen Beitrag";
    StringBuilder text = new StringBuilder(en ? "Hello " : "Guten Tag ").append(to.displayName()).append(",\n\n");
    text.append(line(n.mailable(), n.title(en), n.excerpt(), n.link(), en));
    text.append(footer(en));
    mailer.sendAfterCommit(new Mail(to.email(), subject, text.toString()));
  }

  void digest(MemberContact to, String kind, List<Notice> notices, List<DigestItem> items) {
    boolean en = to.english();
    boolean weekly = "WEEKLY".equals(kind);
    String subject = en ? (weekly ? "Pilotnetz: your weekly digest" : "Pilotnetz: your daily digest")
        : (weekly ? "Pilotnetz: Ihr Wochenüberblick" : "Pilotnetz: Ihr Tagesüberblick");
    StringBuilder text = new StringBuilder(en ? "Hello " : "Guten Tag ").append(to.displayName()).append(",\n\n");
    if (!notices.isEmpty()) {
      text.append(en ? "Your notifications:\n\n" : "Ihre Benachrichtigungen:\n\n");
      notices.forEach(n -> text.append(line(n.mailable(), n.title(en), n.excerpt(), n.link(), en)));
    }
    if (!items.isEmpty()) {
      text.append(en ? "New in your topics, your state and municipalities like yours:\n\n"
          : "Neu in Ihren Themen, Ihrem Land und in Kommunen wie Ihrer:\n\n");
      items.forEach(i -> text.append(line(i.mailable(), i.title(), null, i.link(), en)));
    }
    text.append(footer(en));
    mailer.sendAfterCommit(new Mail(to.email(), subject, text.toString()));
  }

  private String line(boolean mailable, String title, String excerpt, String link, boolean en) {
    String url = url(link);
    if (!mailable) {
      return (en ? "- New activity in a confidential item (please sign in to read it): "
          : "- Neues in einem vertraulichen Beitrag (bitte melden Sie sich an, um ihn zu lesen): ")
          + url + "\n\n";
    }
    return "- " + title + (excerpt == null || excerpt.isBlank() ? "" : "\n  " + excerpt) + "\n  " + url + "\n\n";
  }

  private String url(String link) {
    String base = settings.baseUrl();
    return (base.endsWith("/") ? base : base + "/") + link;
  }

  private String footer(boolean en) {
    return en ? "You can change how often you get e-mail in your profile: " + url("") + "\n"
        : "Wie oft Sie E-Mails bekommen, stellen Sie in Ihrem Profil ein: " + url("") + "\n";
  }
}
