/** Scheduled jobs that run once per cluster, through leases in the database. */
package de.pilotnetz.platform.jobs;
