package de.pilotnetz.platform.db;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The bundled EclipseLink would serialise {@link Instant} as bytes; store it as a UTC
 * {@code timestamp with time zone}, which both H2 and PostgreSQL read back as an offset time.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {
  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
