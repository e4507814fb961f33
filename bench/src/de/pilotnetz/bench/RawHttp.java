package de.pilotnetz.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A lean HTTP/1.1 GET client for load runs against 127.0.0.1: one keep-alive socket per calling
 * thread, the status code parsed, the body read (Content-Length or chunked) and dropped. The
 * JDK's {@code HttpClient} cost 1.1–1.35 ms of CPU per search request (CPU time of the bench
 * process over 12,048 requests), on the same 2 cores as the server, and at concurrency 1 its time
 * adds to every round trip; the references need none (raw Lucene runs in process, PostgreSQL is
 * asked through its JDBC driver).
 */
final class RawHttp {
  private final String host;
  private final int port;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();

  private static final class Connection {
    final Socket socket;
    final InputStream in;
    final OutputStream out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      this.out = socket.getOutputStream();
    }
  }

  RawHttp(String base) {
    URI u = URI.create(base);
    if (!u.getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("bench load goes to 127.0.0.1 only: " + base);
    }
    this.host = u.getHost();
    this.port = u.getPort();
  }

  /** GETs {@code path} (already URL-encoded); answers the status code. */
  int get(String path) throws IOException {
    try {
      return exchange(connection(), path);
    } catch (IOException e) {
      close(); // the server may have closed an idle keep-alive connection: one retry on a new one
      return exchange(connection(), path);
    }
  }

  private int exchange(Connection c, String path) throws IOException {
    c.out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    c.out.flush();
    String status = line(c.in);
    if (!status.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String h = line(c.in); !h.isEmpty(); h = line(c.in)) {
      String lower = h.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (chunked) {
      for (long n = Long.parseLong(line(c.in).split(";")[0].trim(), 16); n > 0;
          n = Long.parseLong(line(c.in).split(";")[0].trim(), 16)) {
        skip(c.in, n);
        line(c.in);
      }
      for (String t = line(c.in); !t.isEmpty(); t = line(c.in)) {
        // trailers
      }
    } else if (length >= 0) {
      skip(c.in, length);
    } else {
      close = true; // body until the server closes
      while (c.in.read() >= 0) {
        // drain
      }
    }
    if (close) {
      close();
    }
    return code;
  }

  private Connection connection() throws IOException {
    Connection c = connections.get();
    if (c == null) {
      Socket s = new Socket();
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port), 5000);
      s.setSoTimeout(30_000);
      c = new Connection(s);
      connections.set(c);
    }
    return c;
  }

  private void close() {
    Connection c = connections.get();
    connections.remove();
    if (c != null) {
      try {
        c.socket.close();
      } catch (IOException e) {
        // gone already
      }
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int ch = in.read(); ch != '\n'; ch = in.read()) {
      if (ch < 0) {
        throw new IOException("connection closed");
      }
      if (ch != '\r') {
        b.append((char) ch);
      }
    }
    return b.toString();
  }

  private static void skip(InputStream in, long n) throws IOException {
    while (n > 0) {
      long k = in.skip(n);
      if (k <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed in a body");
        }
        k = 1;
      }
      n -= k;
    }
  }
}
