package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Small builders of op input data, shared by the op family classes. */
final class Indata {
  private Indata() {}

  /** What {@code writer} encodes, in a new heap buffer. */
  static ByteBuf encoded(Consumer<CephEncoder> writer) {
    ByteBuf buf = Unpooled.buffer();
    writer.accept(new CephEncoder(buf));
    return buf;
  }

  /** UTF-8 bytes of {@code s}, without a length prefix. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes off the wire as text for display: bytes that are not UTF-8 become U+FFFD. */
  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** {@code parts} one after another, in a new heap buffer. */
  static ByteBuf concat(byte[]... parts) {
    return Unpooled.wrappedBuffer(parts);
  }
}
