package de.pilotnetz.caselib;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organisation on the project; {@code vendor}: it sells what the pilot used. */
public record PartnerInput(@NotBlank @Size(max = 200) String name, boolean vendor) {}
