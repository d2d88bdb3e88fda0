package io.jrados.protocol.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Function;

/** Test helpers that move bytes through Netty buffers and always release them. */
final class Wire {
  private Wire() {}

  /** Bytes from hex digits; spaces and underscores are ignored so fixtures can show fields. */
  static byte[] hex(String digits) {
    return HexFormat.of().parseHex(digits.replace(" ", "").replace("_", ""));
  }

  /** Lower-case hex of {@code bytes}, no separators. */
  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** What {@code writer} encodes, as bytes. */
  static byte[] encode(Consumer<CephEncoder> writer) {
    ByteBuf buf = Unpooled.buffer();
    try {
      writer.accept(new CephEncoder(buf));
      byte[] out = new byte[buf.readableBytes()];
      buf.readBytes(out);
      return out;
    } finally {
      buf.release();
    }
  }

  /** Decodes {@code bytes} with {@code reader}, which must consume every byte. */
  static <T> T decodeAll(byte[] bytes, Function<CephDecoder, T> reader) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      CephDecoder decoder = new CephDecoder(buf);
      T value = reader.apply(decoder);
      assertThat(decoder.remaining()).as("bytes left after decoding").isZero();
      return value;
    } finally {
      buf.release();
    }
  }

  /** Decodes {@code bytes} with {@code reader}, with no check on what is left. */
  static <T> T decode(byte[] bytes, Function<CephDecoder, T> reader) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      return reader.apply(new CephDecoder(buf));
    } finally {
      buf.release();
    }
  }

  /** Asserts that every proper prefix of {@code full} fails to decode as truncated input. */
  static void assertEveryTruncationFails(byte[] full, Function<CephDecoder, ?> reader) {
    for (int length = 0; length < full.length; length++) {
      byte[] prefix = Arrays.copyOf(full, length);
      assertThatThrownBy(() -> decode(prefix, reader))
          .as("decoding the first %d of %d bytes", length, full.length)
          .isInstanceOf(TruncatedInputException.class)
          .hasMessageContaining("truncated");
    }
  }
}
