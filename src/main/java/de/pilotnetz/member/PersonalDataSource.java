package de.pilotnetz.member;

/**
 * A feature's share of a member's data export (GDPR Art. 15/20). Each feature holding personal data
 * implements it as a CDI bean; the export asks every one, so member knows no feature.
 */
public interface PersonalDataSource {
  /** The key of this part in the export, e.g. {@code "chatMessages"}. */
  String exportKey();

  /** What the feature holds about the member, as values JSON-B writes (records, lists, maps). */
  Object export(long memberId);
}
