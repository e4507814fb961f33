package de.pilotnetz.notify;

import java.time.Instant;

/**
 * One entry of a weekly digest from a feature. {@code mailable} false keeps the title out of the
 * mail (RESTRICTED content): the entry is a link only.
 */
public record DigestItem(String kind, String title, String link, boolean mailable, Instant at) {}
