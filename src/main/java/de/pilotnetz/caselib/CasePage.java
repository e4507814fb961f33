package de.pilotnetz.caselib;

import java.util.List;

/** One page of a list, with the total number of cases the caller may see under the filters. */
public record CasePage(long total, int page, int size, List<CaseSummary> items) {}
