package de.pilotnetz.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request over a plain socket and reads whatever the server answers, also when the server
 * answers before the body is complete (as it should for an oversized body). Java's HttpClient
 * gives up in that case.
 */
public final class RawHttp {
  private RawHttp() {}

  public record Answer(int status, String head, String body) {}

  public static Answer send(URI base, String requestHead, byte[] body) {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      Thread writer = new Thread(() -> {
        try {
          out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
          for (int off = 0; off < body.length; off += 8192) {
            out.write(body, off, Math.min(8192, body.length - off));
          }
          out.flush();
        } catch (IOException ignored) {
          // The server may close early after answering 413; that is the point of the test.
        }
      });
      writer.setDaemon(true);
      writer.start();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      try {
        while ((n = in.read(buf)) > 0) {
          answer.write(buf, 0, n);
          String text = answer.toString(StandardCharsets.UTF_8);
          if (text.contains("\r\n\r\n") && text.endsWith("}")) {
            break;
          }
        }
      } catch (IOException ignored) {
        // Connection reset after the answer was read.
      }
      String text = answer.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String bodyText = split < 0 ? "" : text.substring(split + 4);
      int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
      return new Answer(status, head, bodyText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
