package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The WebSocket encoding of a frame (RFC 6455 section 5.2), for each length form. */
class OutFrameTest {

  private static String payloadOf(ByteBuffer b, int headerLength) {
    byte[] p = new byte[b.remaining() - headerLength];
    b.position(b.position() + headerLength).get(p);
    return new String(p, StandardCharsets.UTF_8);
  }

  @Test
  void aShortFrameHasTheSevenBitLength() {
    String text = "{\"op\":\"event\",\"text\":\"Grüße aus Wunsiedel\"}";
    ByteBuffer b = OutFrame.encode(text);
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;

    assertEquals((byte) 0x81, b.get(0), "final text frame");
    assertEquals(bytes, b.get(1), "unmasked, length in seven bits");
    assertEquals(text, payloadOf(b, 2));
  }

  @Test
  void aMediumFrameHasTheSixteenBitLength() {
    String text = "ä".repeat(1000); // 2,000 bytes
    ByteBuffer b = OutFrame.encode(text);

    assertEquals(126, b.get(1));
    assertEquals(2000, b.getShort(2) & 0xffff);
    assertEquals(text, payloadOf(b, 4));
  }

  @Test
  void aLongFrameHasTheSixtyFourBitLength() {
    String text = "x".repeat(70_000);
    ByteBuffer b = OutFrame.encode(text);

    assertEquals(127, b.get(1));
    assertEquals(70_000L, b.getLong(2));
    assertEquals(text, payloadOf(b, 10));
  }

  @Test
  void everySenderGetsItsOwnPositionOverTheSameBytes() {
    OutFrame f = new OutFrame("{\"op\":\"pong\"}");
    ByteBuffer one = f.wire();
    one.get(new byte[one.remaining()]);
    ByteBuffer two = f.wire();

    assertNotSame(one, two);
    assertEquals(0, two.position());
    assertEquals(2 + 13, two.remaining());
  }
}
