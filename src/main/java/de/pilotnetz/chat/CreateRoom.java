package de.pilotnetz.chat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new room; for DIRECT, {@code memberIds} are the others (1 to 9) and the name may be empty. */
public record CreateRoom(@NotNull RoomKind kind, @Size(max = 120) String name,
    @Size(max = 500) String description, @Size(max = 50) List<Long> memberIds) {}
