package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

/** Test helpers that move bytes through Netty buffers, always releasing them, and load fixtures. */
final class Bytes {
  private Bytes() {}

  static byte[] hex(String digits) {
    return HexFormat.of().parseHex(digits.replace(" ", ""));
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** What {@code writer} encodes. */
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

  /** Applies {@code reader} to a buffer holding {@code bytes}, released afterwards. */
  static <T> T read(byte[] bytes, Function<ByteBuf, T> reader) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      return reader.apply(buf);
    } finally {
      buf.release();
    }
  }

  /** A fixture captured from the test cluster, from the test resources. */
  static Properties fixture(String name) {
    Properties properties = new Properties();
    try (InputStream in = Bytes.class.getResourceAsStream("/io/jrados/protocol/auth/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
