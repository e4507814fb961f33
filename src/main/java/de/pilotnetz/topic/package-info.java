/** The controlled, admin-extendable list of topics. */
package de.pilotnetz.topic;
