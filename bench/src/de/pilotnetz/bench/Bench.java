package de.pilotnetz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Entry point of the bench programs that {@code bench/run} calls: {@code Bench <command>}. Settings
 * come as system properties ({@code bench.work}, {@code bench.rows}, {@code bench.base}, {@code
 * bench.size}, {@code bench.smoke}, ...). Each command appends its rows to the rows file; a broken
 * correctness figure (lost write, 5xx) also writes {@code correctness-failed} in the work folder.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Bench corpus|build-index|search-http|search-lucene|search-pg|"
          + "import|indexing|badinput|torture|reconnect");
      System.exit(2);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "corpus" -> Corpus.main(rest);
      case "build-index" -> SearchBench.buildIndex();
      case "search-http" -> SearchBench.http();
      case "search-lucene" -> SearchBench.lucene();
      case "search-pg" -> SearchBench.postgres();
      case "search-ratios" -> SearchBench.ratios();
      case "import" -> ImportBench.run();
      case "indexing" -> IndexingBench.run();
      case "badinput" -> BadInput.run();
      case "torture" -> Torture.run();
      case "reconnect" -> ReconnectStorm.run();
      default -> {
        System.err.println("unknown command " + args[0]);
        System.exit(2);
      }
    }
  }

  // ---- settings ----

  static Path work() {
    return Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
  }

  static String base() {
    return System.getProperty("bench.base", "http://127.0.0.1:18380");
  }

  static boolean smoke() {
    return Boolean.getBoolean("bench.smoke");
  }

  /** Number of documents: 10k, 100k or 1M. */
  static int size() {
    String s = System.getProperty("bench.size", "10k").toLowerCase(Locale.ROOT);
    if (s.endsWith("k")) {
      return Integer.parseInt(s.substring(0, s.length() - 1)) * 1000;
    }
    if (s.endsWith("m")) {
      return Integer.parseInt(s.substring(0, s.length() - 1)) * 1_000_000;
    }
    return Integer.parseInt(s);
  }

  static long seed() {
    return Long.getLong("bench.seed", 20261125L);
  }

  // ---- rows ----

  /** Appends one row: figure, value, reference, ratio, target, verdict. */
  static synchronized void row(String... cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c.replace("|", "/")).append(" |");
    }
    b.append('\n');
    System.out.print("row " + b);
    try {
      Path rows = Path.of(System.getProperty("bench.rows", work().resolve("rows.md").toString()));
      Files.writeString(rows, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void skipped(String figure, String why) {
    row(figure, "skipped: " + why, "–", "–", "–", "skipped");
  }

  /** A correctness figure: fails the smoke run when broken. */
  static void correctness(String figure, long value, String target, boolean ok) {
    row(figure, Long.toString(value), "–", "–", target, ok ? "pass" : "FAIL");
    if (!ok) {
      try {
        Files.writeString(work().resolve("correctness-failed"), figure + "\n",
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Stores a named figure for later steps (ratios across runs). */
  static void remember(String key, double value) throws IOException {
    Files.writeString(work().resolve("figures.txt"), key + "=" + value + "\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  static Double recalled(String key) throws IOException {
    Path f = work().resolve("figures.txt");
    if (!Files.exists(f)) {
      return null;
    }
    Double v = null;
    for (String line : Files.readAllLines(f)) {
      if (line.startsWith(key + "=")) {
        v = Double.valueOf(line.substring(key.length() + 1));
      }
    }
    return v;
  }

  static String verdict(double value, double target, boolean atMost) {
    return (atMost ? value <= target : value >= target) ? "pass" : "FAIL";
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
  }

  static String fmt2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
