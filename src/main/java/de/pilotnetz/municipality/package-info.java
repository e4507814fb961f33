/** Municipalities of the network: AGS key, state, population; the home of mayors, staff and cases. */
package de.pilotnetz.municipality;
