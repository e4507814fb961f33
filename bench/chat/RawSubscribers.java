import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fan-out check's subscribers as plain sockets read by one selector thread. A subscriber only
 * needs the time stamps in the frames; the JDK's WebSocket client decoded every message into
 * characters and cost the 2-core machine about half a core at 50,000 deliveries a second, CPU
 * the server under test then lacked. Here a frame's bytes are scanned for the marker as they are.
 * Server frames are unmasked; client frames (subscribe, ping) are masked as RFC 6455 requires.
 * Shared by the chat and the cluster check (compiled with each by its run script).
 */
final class RawSubscribers implements AutoCloseable {
  interface OnStamp {
    void stamp(long sentNanos, long nowNanos);
  }

  private static final byte[] MARK = "\"text\":\"t=".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PONG = "{\"op\":\"pong\"".getBytes(StandardCharsets.US_ASCII);

  private final Selector selector = Selector.open();
  private final List<Sub> subs = new ArrayList<>();
  private final OnStamp onStamp;
  final AtomicInteger ponged = new AtomicInteger();
  final AtomicInteger closed = new AtomicInteger();
  final LongAdder messages = new LongAdder();
  private volatile boolean running = true;
  private Thread reader;

  private static final class Sub {
    final SocketChannel ch;
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    boolean ponged;

    Sub(SocketChannel ch) {
      this.ch = ch;
    }
  }

  RawSubscribers(OnStamp onStamp) throws IOException {
    this.onStamp = onStamp;
  }

  /** Opens a WebSocket with the session cookie, subscribes to {@code room} and pings. */
  void add(String base, String session, long room) throws IOException {
    add(base, "/ws", "Cookie: PILOTNETZ_SESSION=" + session + "\r\n", room);
  }

  /**
   * Opens {@code path} (e.g. {@code /ws?ticket=…}) with the extra header lines {@code headers}
   * (each ending in CR LF), subscribes to {@code room} and pings.
   */
  void add(String base, String path, String headers, long room) throws IOException {
    URI u = URI.create(base);
    SocketChannel ch = SocketChannel.open(new InetSocketAddress(u.getHost(), u.getPort()));
    byte[] key = new byte[16];
    ThreadLocalRandom.current().nextBytes(key);
    String req = "GET " + path + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
        + Base64.getEncoder().encodeToString(key) + "\r\nOrigin: " + base + "\r\n" + headers + "\r\n";
    writeFully(ch, ByteBuffer.wrap(req.getBytes(StandardCharsets.US_ASCII)));
    Sub s = new Sub(ch);
    readHandshake(s);
    writeFully(ch, textFrame("{\"op\":\"subscribe\",\"room\":" + room + ",\"since\":0}"));
    writeFully(ch, textFrame("{\"op\":\"ping\"}"));
    ch.configureBlocking(false);
    synchronized (subs) {
      subs.add(s);
    }
    selector.wakeup();
    if (reader == null) {
      reader = new Thread(this::readLoop, "raw-subscribers");
      reader.setDaemon(true);
      reader.start();
    }
  }

  private static void readHandshake(Sub s) throws IOException {
    ByteBuffer b = s.in;
    while (true) {
      if (s.ch.read(b) < 0) {
        throw new IOException("closed during the handshake");
      }
      String head = new String(b.array(), 0, b.position(), StandardCharsets.ISO_8859_1);
      int end = head.indexOf("\r\n\r\n");
      if (end >= 0) {
        if (!head.startsWith("HTTP/1.1 101")) {
          throw new IOException("handshake refused: " + head.lines().findFirst().orElse(""));
        }
        b.flip();
        b.position(end + 4);
        b.compact(); // keep any frame bytes that came with the answer
        return;
      }
    }
  }

  private void readLoop() {
    List<Sub> registered = new ArrayList<>();
    try {
      while (running) {
        synchronized (subs) {
          for (int i = registered.size(); i < subs.size(); i++) {
            Sub s = subs.get(i);
            s.ch.register(selector, SelectionKey.OP_READ, s);
            registered.add(s);
            drain(s, System.nanoTime()); // frames read with the handshake
          }
        }
        selector.select(100);
        long now = System.nanoTime();
        for (SelectionKey k : selector.selectedKeys()) {
          Sub s = (Sub) k.attachment();
          int n;
          try {
            n = s.ch.read(s.in);
          } catch (IOException e) {
            n = -1;
          }
          if (n < 0) {
            k.cancel();
            closed.incrementAndGet();
            continue;
          }
          drain(s, now);
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Handles every complete frame in the buffer; keeps a partial one for the next read. */
  private void drain(Sub s, long now) {
    ByteBuffer b = s.in;
    b.flip();
    while (b.remaining() >= 2) {
      int start = b.position();
      int op = b.get(start) & 0x0f;
      long len = b.get(start + 1) & 0x7f;
      int header = 2;
      if (len == 126) {
        if (b.remaining() < 4) {
          break;
        }
        len = b.getShort(start + 2) & 0xffff;
        header = 4;
      } else if (len == 127) {
        if (b.remaining() < 10) {
          break;
        }
        len = b.getLong(start + 2);
        header = 10;
      }
      if (b.remaining() < header + len) {
        if (header + len > b.capacity()) {
          ByteBuffer bigger = ByteBuffer.allocate((int) (header + len) * 2);
          bigger.put(b);
          bigger.flip();
          s.in = b = bigger;
        }
        break;
      }
      int from = start + header;
      int to = (int) (from + len);
      if (op == 0x8) {
        closed.incrementAndGet();
      } else if (op == 0x1 || op == 0x0) {
        messages.increment();
        scan(s, b.array(), b.arrayOffset() + from, b.arrayOffset() + to, now);
      }
      b.position(to);
    }
    b.compact();
  }

  private void scan(Sub s, byte[] a, int from, int to, long now) {
    if (!s.ponged && indexOf(a, PONG, from, to) >= 0) {
      s.ponged = true;
      ponged.incrementAndGet();
    }
    for (int at = indexOf(a, MARK, from, to); at >= 0; at = indexOf(a, MARK, at, to)) {
      at += MARK.length;
      long sent = 0;
      for (; at < to && a[at] >= '0' && a[at] <= '9'; at++) {
        sent = sent * 10 + (a[at] - '0');
      }
      onStamp.stamp(sent, now);
    }
  }

  private static int indexOf(byte[] a, byte[] what, int from, int to) {
    outer:
    for (int i = from; i <= to - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (a[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static ByteBuffer textFrame(String text) {
    byte[] p = text.getBytes(StandardCharsets.UTF_8);
    if (p.length > 125) {
      throw new IllegalArgumentException("control-sized client frames only");
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    ByteBuffer f = ByteBuffer.allocate(6 + p.length);
    f.put((byte) 0x81).put((byte) (0x80 | p.length)).put(mask);
    for (int i = 0; i < p.length; i++) {
      f.put((byte) (p[i] ^ mask[i % 4]));
    }
    return f.flip();
  }

  private static void writeFully(SocketChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  @Override
  public void close() throws IOException {
    running = false;
    selector.wakeup();
    if (reader != null) {
      try {
        reader.join(5000); // the selector is closed below, after its last select
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (subs) {
      for (Sub s : subs) {
        s.ch.close();
      }
    }
    selector.close();
  }
}
