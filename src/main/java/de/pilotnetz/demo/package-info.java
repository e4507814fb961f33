/** The German demo network loaded into an empty database in demo mode: all demo content in one place. */
package de.pilotnetz.demo;
