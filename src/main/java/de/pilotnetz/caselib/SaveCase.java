package de.pilotnetz.caselib;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Creates or revises a case. {@code topic} from the controlled list, {@code phase} one of Idee,
 * Pilot, Rollout, Abgeschlossen, Abgebrochen, {@code visibility} PUBLIC, NETWORK or RESTRICTED
 * (default NETWORK) with {@code sharedWith} naming municipality ids. {@code municipalityId} only on
 * create, and only admins name another town than their own.
 */
public record SaveCase(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 500) String summary,
    @NotBlank @Size(max = 100_000) String body,
    @NotBlank String topic,
    @NotBlank String phase,
    LocalDate startDate,
    LocalDate endDate,
    @DecimalMin(value = "0", message = "darf nicht negativ sein") @DecimalMax("1000000000000") BigDecimal budget,
    @Size(max = 200) String fundingProgramme,
    @DecimalMin(value = "0", message = "liegt zwischen 0 und 100 Prozent")
    @DecimalMax(value = "100", message = "liegt zwischen 0 und 100 Prozent") BigDecimal fundingRate,
    @Valid @Size(max = 30) List<PartnerInput> partners,
    Long contactId,
    @Size(max = 20) List<@NotBlank @Size(max = 60) String> tags,
    @Size(max = 20_000) String lessonsGood,
    @Size(max = 20_000) String lessonsBad,
    @Valid @Size(max = 50) List<KpiInput> kpis,
    String visibility,
    @Size(max = 100) List<Long> sharedWith,
    Long municipalityId) {}
