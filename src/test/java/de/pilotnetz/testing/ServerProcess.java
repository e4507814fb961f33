package de.pilotnetz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Pilotnetz server of its own, outside the Arquillian suite, for tests that must kill it
 * ({@code kill -9}), restart it, or run several nodes. Loopback only; its log goes to a file.
 */
public final class ServerProcess implements AutoCloseable {
  private final Path workDir;
  private final int port;
  private final Map<String, String> env;
  private final List<String> extraArgs;
  private Process process;

  public ServerProcess(Path workDir, Map<String, String> env, List<String> extraArgs) {
    this.workDir = workDir;
    this.port = freePort();
    this.env = new HashMap<>(env);
    this.extraArgs = List.copyOf(extraArgs);
  }

  /** A node on its own H2 database, index and data under workDir, with demo data. */
  public static ServerProcess standalone(Path workDir) {
    return new ServerProcess(workDir, Map.of(
        "PILOTNETZ_DB_URL", "jdbc:h2:file:" + workDir.resolve("db/pilotnetz").toAbsolutePath(),
        "PILOTNETZ_DEMO", "true"), List.of("--nocluster"));
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  public ServerProcess start() {
    try {
      Files.createDirectories(workDir);
      List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx768m", "-jar", microJar(),
          "--deploy", warFile(), "--contextroot", "/", "--port", Integer.toString(port),
          "--prebootcommandfile", Path.of("src/test/resources/preboot.txt").toAbsolutePath().toString()));
      cmd.addAll(extraArgs);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
      pb.environment().putIfAbsent("PILOTNETZ_INDEX_DIR", workDir.resolve("index").toAbsolutePath().toString());
      pb.environment().putIfAbsent("PILOTNETZ_DATA_DIR", workDir.resolve("data").toAbsolutePath().toString());
      pb.environment().putAll(env);
      process = pb.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until /health/ready answers 200; fails with the log's path after the timeout. */
  public ServerProcess awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newHttpClient();
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue() + ", see " + workDir.resolve("server.log"));
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base().resolve("health/ready"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(200);
    }
    throw new IllegalStateException("not ready within " + timeout + ", see " + workDir.resolve("server.log"));
  }

  /** SIGKILL: no shutdown hook, no flush, as a power cut would. */
  public void kill9() {
    process.destroyForcibly();
    waitFor();
  }

  /** SIGTERM: the normal stop. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitFor();
    }
  }

  private void waitFor() {
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    stop();
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String microJar() {
    return Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath().toString();
  }

  static String warFile() {
    return Path.of(System.getProperty("pilotnetz.warFile", "target/pilotnetz.war")).toAbsolutePath().toString();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
