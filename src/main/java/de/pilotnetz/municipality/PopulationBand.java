package de.pilotnetz.municipality;

/** Size classes of towns; pilots travel best between towns of one class. */
public enum PopulationBand {
  UNDER_5K("unter 5.000", 0, 4_999),
  FROM_5K_TO_20K("5.000 bis 20.000", 5_000, 19_999),
  FROM_20K_TO_100K("20.000 bis 100.000", 20_000, 99_999),
  OVER_100K("über 100.000", 100_000, Integer.MAX_VALUE);

  private final String label;
  private final int min;
  private final int max;

  PopulationBand(String label, int min, int max) {
    this.label = label;
    this.min = min;
    this.max = max;
  }

  public static PopulationBand of(int population) {
    for (PopulationBand b : values()) {
      if (population <= b.max) {
        return b;
      }
    }
    return OVER_100K;
  }

  public String label() {
    return label;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }
}
