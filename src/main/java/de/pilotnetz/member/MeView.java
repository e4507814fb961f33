package de.pilotnetz.member;

import java.util.List;

/** The caller's own profile, with the settings only they see. */
public record MeView(long id, String email, String displayName, List<String> roles,
    MunicipalityRef municipality, String organisation, String position, String affiliation,
    List<String> topics, String bio, String language, EmailFrequency emailFrequency,
    boolean verified) {}
