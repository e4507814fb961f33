/**
 * German full-text search over cases, threads and chat: the analyzer chain, the mapping of search
 * documents to Lucene, permission filtering, query parsing, ranking, snippets, facets, typo
 * suggestions, autocomplete and similar cases. One index per node, fed after commit. Knows no
 * feature; features hand it {@link de.pilotnetz.search.SearchDocument}s.
 */
package de.pilotnetz.search;
