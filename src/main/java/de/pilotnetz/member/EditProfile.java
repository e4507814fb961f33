package de.pilotnetz.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record EditProfile(
    @NotBlank @Size(max = 120) String displayName,
    @Size(max = 200) String organisation,
    @Size(max = 200) String position,
    @Size(max = 200) String affiliation,
    @Size(max = 2000) String bio,
    @Size(max = 20) List<@NotBlank @Size(max = 100) String> topics,
    @Pattern(regexp = "de|en", message = "muss de oder en sein") String language,
    EmailFrequency emailFrequency) {}
