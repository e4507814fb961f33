package de.pilotnetz.caselib;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One KPI row as sent and shown: {name, unit, baseline, target, actual, measuredAt}. */
public record KpiInput(@NotBlank @Size(max = 200) String name, @Size(max = 40) String unit,
    BigDecimal baseline, BigDecimal target, BigDecimal actual, LocalDate measuredAt) {

  /** Numbers compare by value: 12 and 12.0000 (as the database returns it) are one value. */
  KpiInput normalised() {
    return new KpiInput(name.trim(), blankToNull(unit), strip(baseline), strip(target), strip(actual),
        measuredAt);
  }

  static BigDecimal strip(BigDecimal d) {
    if (d == null) {
      return null;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
