package de.pilotnetz.caselib;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Records (or moves on) the caller's municipality's adoption of a case. {@code stage}: interessiert,
 * in Prüfung, in Umsetzung, übernommen, angepasst.
 */
public record AdoptCase(@NotBlank String stage, @Size(max = 2000) String note) {}
