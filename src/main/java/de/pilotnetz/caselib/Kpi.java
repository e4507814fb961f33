package de.pilotnetz.caselib;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One key figure of a case: where it started, where it should go, where it is. */
@Embeddable
public class Kpi {
  @Column(nullable = false)
  private String name;

  private String unit;
  private BigDecimal baseline;
  private BigDecimal target;
  private BigDecimal actual;

  @Column(name = "measured_at")
  private LocalDate measuredAt;

  protected Kpi() {}

  public Kpi(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual,
      LocalDate measuredAt) {
    this.name = name;
    this.unit = unit;
    this.baseline = baseline;
    this.target = target;
    this.actual = actual;
    this.measuredAt = measuredAt;
  }

  public String name() {
    return name;
  }

  public String unit() {
    return unit;
  }

  public BigDecimal baseline() {
    return baseline;
  }

  public BigDecimal target() {
    return target;
  }

  public BigDecimal actual() {
    return actual;
  }

  public LocalDate measuredAt() {
    return measuredAt;
  }
}
