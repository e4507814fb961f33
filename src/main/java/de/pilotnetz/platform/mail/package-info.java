/** Outgoing e-mail, sent after commit; to the log when no SMTP server is configured. */
package de.pilotnetz.platform.mail;
