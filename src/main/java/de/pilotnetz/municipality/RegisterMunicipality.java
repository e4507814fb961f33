package de.pilotnetz.municipality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Adds a municipality to the network. {@code state} is the German name, e.g. "Bayern". */
public record RegisterMunicipality(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Pattern(regexp = "\\d{8}", message = "muss aus genau 8 Ziffern bestehen") String ags,
    @NotBlank String state,
    @NotNull @PositiveOrZero @Max(4_000_000) Integer population,
    @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "muss mit http:// oder https:// beginnen") String website) {}
