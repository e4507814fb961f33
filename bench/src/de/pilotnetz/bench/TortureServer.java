package de.pilotnetz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The server of a torture part: its own folder under the work folder, its own database (a fresh
 * PostgreSQL database when one answers on 127.0.0.1:5432, else H2) and index, demo data, and the
 * chat rate limit lifted (the writers send far more than a person). Restartable on the same data.
 */
final class TortureServer implements AutoCloseable {
  final Path dir;
  final int port;
  final String db;
  final Http http;
  private final Map<String, String> env = new HashMap<>();
  private final String pgDb;
  private Process process;

  TortureServer(String name) throws IOException {
    dir = Bench.work().resolve(name);
    Torture.deleteTree(dir);
    Files.createDirectories(dir);
    port = Integer.getInteger("bench.torturePort", 18390);
    http = new Http("http://127.0.0.1:" + port);
    env.putAll(Map.of("PILOTNETZ_DEMO", "true", "PILOTNETZ_INDEX_DIR", index().toString(),
        "PILOTNETZ_DATA_DIR", dir.resolve("data").toString(),
        "PILOTNETZ_CHAT_RATE_LIMIT", "1000000"));
    String candidate = "pilotnetz_" + name + "_" + ProcessHandle.current().pid();
    pgDb = createPostgres(candidate) ? candidate : null;
    if (pgDb != null) {
      env.put("PILOTNETZ_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + pgDb);
      env.put("PILOTNETZ_DB_USER", "postgres");
      env.put("PILOTNETZ_DB_PASSWORD", "postgres");
    } else {
      env.put("PILOTNETZ_DB_URL", "jdbc:h2:file:" + dir.resolve("db/pilotnetz"));
    }
    db = pgDb != null ? "PostgreSQL" : "H2";
  }

  Path index() {
    return dir.resolve("index");
  }

  String base() {
    return http.base;
  }

  /** Starts the server and waits for {@code /health/ready}; false when it is not ready in 4 min. */
  boolean start() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        "-jar", Path.of("target/payara-micro.jar").toAbsolutePath().toString(),
        "--deploy", Path.of("target/pilotnetz.war").toAbsolutePath().toString(),
        "--contextroot", "/",
        "--port", Integer.toString(port), "--nocluster", "--prebootcommandfile",
        Path.of("src/main/payara/preboot-loopback.txt").toAbsolutePath().toString())
        .directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
    pb.environment().putAll(env);
    process = pb.start();
    return http.awaitReady(Duration.ofMinutes(4));
  }

  /** SIGKILL: no shutdown hook, no index commit, no connection closed cleanly. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
    if (pgDb != null) {
      dropPostgres(pgDb);
    }
  }

  private static boolean createPostgres(String db) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
        "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("create database " + db);
      return true;
    } catch (SQLException e) {
      System.out.println("PostgreSQL does not answer, torture on H2: " + e.getMessage());
      return false;
    }
  }

  private static void dropPostgres(String db) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
        "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + db + " with (force)");
    } catch (SQLException e) {
      System.out.println("could not drop " + db + ": " + e.getMessage());
    }
  }
}
