package de.pilotnetz.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public record ScheduleOfficeHour(@NotNull Long roomId, @NotBlank @Size(max = 200) String topic,
    @NotNull Instant startsAt, @NotNull @Min(15) @Max(480) Integer durationMinutes) {}
