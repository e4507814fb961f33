package de.pilotnetz.member;

/** The municipality a member belongs to, as shown next to their name. */
public record MunicipalityRef(long id, String name, String state) {}
