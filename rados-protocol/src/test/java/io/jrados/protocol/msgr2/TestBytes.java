package io.jrados.protocol.msgr2;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Random;

/** Test helpers: hex, fixtures, and buffers that are always released. */
final class TestBytes {
  /**
   * Pooled buffers: unlike unpooled heap buffers, which Netty never tracks, every one of these is
   * watched by the leak detector, so a test that forgets a release fails.
   */
  static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;

  private TestBytes() {}

  /** Bytes from hex digits; spaces and underscores are ignored so fixtures can show fields. */
  static byte[] hex(String digits) {
    return HexFormat.of().parseHex(digits.replace(" ", "").replace("_", ""));
  }

  /** Lower-case hex, no separators. */
  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** The readable bytes of {@code buf}, which is then released. */
  static byte[] drain(ByteBuf buf) {
    try {
      byte[] out = new byte[buf.readableBytes()];
      buf.getBytes(buf.readerIndex(), out);
      return out;
    } finally {
      buf.release();
    }
  }

  /** The readable bytes of {@code buf}, left as they are. */
  static byte[] peek(ByteBuf buf) {
    byte[] out = new byte[buf.readableBytes()];
    buf.getBytes(buf.readerIndex(), out);
    return out;
  }

  /** A fixture under {@code src/test/resources/io/jrados/protocol/msgr2/}. */
  static byte[] resource(String name) {
    try (InputStream in = TestBytes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code length} bytes of a repeating pattern that starts at {@code seed}. */
  static byte[] pattern(int length, int seed) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (seed + i * 7);
    }
    return out;
  }

  /** {@code length} random bytes. */
  static byte[] random(Random random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }

  /** A heap buffer holding {@code bytes}; the caller releases it. */
  static ByteBuf buf(byte[] bytes) {
    return Unpooled.wrappedBuffer(bytes);
  }

  /** A 64-byte connection secret with recognisable bytes: 0x00, 0x01, ..., 0x3f. */
  static byte[] connectionSecret() {
    byte[] secret = new byte[64];
    for (int i = 0; i < secret.length; i++) {
      secret[i] = (byte) i;
    }
    return secret;
  }
}
