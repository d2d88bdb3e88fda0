package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Function;

/** Test helpers that move bytes through Netty buffers and always release them. */
public final class Codec {
  private Codec() {}

  /** The outcome of a decode: the value and how many bytes it consumed. */
  public record Decoded<T>(T value, int consumed) {}

  /** Bytes from hex digits; spaces and underscores are ignored so that fixtures can show fields. */
  public static byte[] hex(String digits) {
    return HexFormat.of().parseHex(digits.replace(" ", "").replace("_", ""));
  }

  /** Hex digits as {@link #hex(byte[])} prints them: spaces and underscores dropped, lower case. */
  public static String digits(String spaced) {
    return hex(hex(spaced));
  }

  /** Lower-case hex of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** What {@code writer} encodes, as bytes. */
  public static byte[] encode(Consumer<CephEncoder> writer) {
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

  /** Decodes {@code bytes} with {@code reader}, reporting how many bytes were consumed. */
  public static <T> Decoded<T> decode(byte[] bytes, Function<CephDecoder, T> reader) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      CephDecoder decoder = new CephDecoder(buf);
      T value = reader.apply(decoder);
      return new Decoded<>(value, decoder.offset());
    } finally {
      buf.release();
    }
  }

  /** A test resource's bytes. */
  public static byte[] resource(Class<?> near, String name) {
    try (InputStream in = near.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name + " near " + near);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
