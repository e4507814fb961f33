package de.pilotnetz.caselib;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence: "=" kept, "-" removed, "+" added. Quadratic in the
 * number of lines; texts over 2,000 lines each are shown as removed-then-added instead.
 */
final class LineDiff {
  private static final int MAX_LINES = 2_000;

  private LineDiff() {}

  static List<DiffLine> diff(String a, String b) {
    List<String> x = lines(a);
    List<String> y = lines(b);
    List<DiffLine> out = new ArrayList<>();
    if (x.size() > MAX_LINES || y.size() > MAX_LINES) {
      x.forEach(l -> out.add(new DiffLine("-", l)));
      y.forEach(l -> out.add(new DiffLine("+", l)));
      return out;
    }
    int[][] lcs = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size()) {
      if (x.get(i).equals(y.get(j))) {
        out.add(new DiffLine("=", x.get(i++)));
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add(new DiffLine("-", x.get(i++)));
      } else {
        out.add(new DiffLine("+", y.get(j++)));
      }
    }
    while (i < x.size()) {
      out.add(new DiffLine("-", x.get(i++)));
    }
    while (j < y.size()) {
      out.add(new DiffLine("+", y.get(j++)));
    }
    return out;
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split("\r?\n", -1));
  }
}
