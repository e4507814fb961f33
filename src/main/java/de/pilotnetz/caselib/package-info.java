/**
 * The case library: pilot projects as typed records ({@link de.pilotnetz.caselib.CaseRecord}) with
 * KPIs, lessons learned, partners, revisions, attachments, adoptions by other towns, visibility
 * tiers, the bulk import and export, and the KPI follow-up reminders. Every write goes through
 * {@link de.pilotnetz.caselib.CaseChanges}, which fires {@link de.pilotnetz.caselib.CaseChanged}
 * inside the transaction for the search feature; {@link de.pilotnetz.caselib.CaseSearchData} is
 * what search gets for one case.
 */
package de.pilotnetz.caselib;
