package de.pilotnetz.member;

import java.util.List;

/**
 * A member as other members see them: no e-mail. {@code affiliation} is the disclosure of an
 * expert's company, shown next to everything they post.
 */
public record MemberView(long id, String displayName, List<String> roles, MunicipalityRef municipality,
    String organisation, String position, String affiliation, List<String> topics, String bio,
    boolean verified, boolean erased) {}
