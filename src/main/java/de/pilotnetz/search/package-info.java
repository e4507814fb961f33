/** German full-text search with Lucene: one index per node, fed after commit, filtered by permission. */
package de.pilotnetz.search;
