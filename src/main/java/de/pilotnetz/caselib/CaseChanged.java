package de.pilotnetz.caselib;

/**
 * Fired synchronously inside the transaction of every write to a case (create, revise, publish,
 * delete, restore, attachment, adoption, import), so that an in-transaction observer (the search
 * feature's change log) commits or rolls back with the write.
 */
public record CaseChanged(long caseId) {}
