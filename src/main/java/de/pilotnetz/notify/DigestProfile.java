package de.pilotnetz.notify;

import de.pilotnetz.platform.security.Caller;
import java.util.List;
import java.util.Set;

/**
 * What a weekly digest is chosen by: the member's topics, their own municipality, the other
 * municipalities of their state and those like theirs. {@code caller} is the member, for
 * permission checks: a source offers only what they may read.
 */
public record DigestProfile(Caller caller, List<String> topics, Long municipalityId,
    Set<Long> sameState, Set<Long> likeMine) {}
