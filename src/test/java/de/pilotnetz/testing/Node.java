package de.pilotnetz.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Pilotnetz node as its own Payara Micro process, started with clustering on loopback (the
 * configuration the README gives for several nodes on one host). The build's WAR and Payara Micro
 * jar come from the Failsafe system properties {@code pilotnetz.warFile} and {@code payara.microJar}.
 */
public final class Node implements AutoCloseable {
  private final String name;
  private final int httpPort;
  private final List<String> command;
  private final Map<String, String> env;
  private final Path log;
  private Process process;

  private Node(String name, int httpPort, List<String> command, Map<String, String> env, Path log) {
    this.name = name;
    this.httpPort = httpPort;
    this.command = command;
    this.env = env;
    this.log = log;
  }

  /**
   * A node of the cluster {@code cluster} whose Hazelcast listens on {@code hzPort}, finding its
   * peers among {@code hzPorts}; its index lives in {@code dir/index}, its files in {@code dir/data}
   * unless {@code env} names a (shared) data directory.
   */
  public static Node of(String name, String cluster, int hzPort, List<Integer> hzPorts, Path dir,
      Map<String, String> env) throws IOException {
    Files.createDirectories(dir);
    int http = freePort();
    List<String> members = hzPorts.stream().map(p -> "127.0.0.1:" + p).toList();
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-Dhazelcast.socket.bind.any=false", "-jar", System.getProperty("payara.microJar"),
        "--deploy", System.getProperty("pilotnetz.warFile"), "--contextroot", "/", "--port", String.valueOf(http),
        "--name", name, "--clustername", cluster, "--clustermode", "tcpip:" + String.join(",", members),
        "--startport", String.valueOf(hzPort), "--interfaces", "127.0.0.1", "--nohostaware",
        "--prebootcommandfile", Path.of("src/test/resources/preboot.txt").toAbsolutePath().toString()));
    var e = new java.util.HashMap<>(env);
    e.put("PILOTNETZ_INDEX_DIR", dir.resolve("index").toString());
    e.putIfAbsent("PILOTNETZ_DATA_DIR", dir.resolve("data").toString());
    return new Node(name, http, List.copyOf(cmd), Map.copyOf(e), dir.resolve(name + ".log"));
  }

  public String name() {
    return name;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + httpPort + "/");
  }

  public Node start() throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    process = pb.start();
    return this;
  }

  /** Waits until {@code /health/ready} answers 200; fails with the log's path otherwise. */
  public JsonObject awaitReady(Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " died; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base().resolve("health/ready"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
          }
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + limit + "; see " + log);
  }

  /** {@code kill -9}: no shutdown hook, no goodbye to the cluster. */
  public void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Two consecutive free ports, for the Hazelcast members of a two-node cluster. */
  public static int freePortPair() throws IOException {
    for (int i = 0; i < 50; i++) {
      int p = freePort();
      if (p < 65535) {
        try (ServerSocket next = new ServerSocket(p + 1)) {
          return p;
        } catch (IOException taken) {
          // try another
        }
      }
    }
    throw new IOException("no two consecutive free ports");
  }
}
