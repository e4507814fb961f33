package de.pilotnetz.chat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The messages of the office hour's room chosen as questions and as answers. */
public record PublishOfficeHour(@NotNull @Size(min = 1, max = 200) List<Long> questionIds,
    @NotNull @Size(max = 200) List<Long> answerIds) {}
