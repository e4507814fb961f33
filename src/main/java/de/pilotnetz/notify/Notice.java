package de.pilotnetz.notify;

/**
 * What a feature tells a member. {@code link} is a route of the web UI ({@code #/fragen/42}).
 * {@code titleEn} is the English title for members who read English (null: the German one).
 * {@code mailable} false (RESTRICTED content) keeps title and excerpt out of e-mail: the mail
 * carries the link only.
 */
public record Notice(long memberId, String type, String title, String titleEn, String excerpt,
    String link, boolean mailable) {

  /** The title in the member's language ({@code titleEn} may be null: German then). */
  public String title(boolean english) {
    return english && titleEn != null ? titleEn : title;
  }
}
