/**
 * Notifications: the in-app list with its unread count, live delivery to open tabs (through
 * {@code platform.live}), e-mail immediately or as daily/weekly digests. It knows no feature:
 * features hand it a {@link de.pilotnetz.notify.Notice} for a member, and implement {@link
 * de.pilotnetz.notify.DigestSource} to put their news into the weekly digest.
 */
package de.pilotnetz.notify;
