package io.jrados.protocol.osd;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.messages.MOSDOp;
import io.jrados.protocol.messages.MOSDOpReply;
import io.jrados.protocol.msgr2.Frame;
import io.jrados.protocol.msgr2.FrameDisassembler;
import io.jrados.protocol.msgr2.FrameLimits;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A MESSAGE frame captured from a real cluster (see {@code osd/README.md} in the test resources),
 * read back through our own frame disassembler, which checks its CRCs.
 */
final class CapturedMessage {
  static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;

  private CapturedMessage() {}

  /** The raw bytes of {@code /io/jrados/protocol/osd/NAME}. */
  static byte[] resource(String name) {
    try (InputStream in = CapturedMessage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message in fixture {@code name}; the caller releases it. */
  static MessageFrame load(String name) {
    byte[] bytes = resource(name);
    ByteBuf wire = ALLOC.buffer(bytes.length).writeBytes(bytes);
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    try {
      Frame frame = rx.decode(wire);
      try {
        if (wire.isReadable()) {
          throw new IllegalStateException(name + ": bytes after the frame");
        }
        return MessageFrame.from(frame);
      } finally {
        frame.release();
      }
    } finally {
      rx.close();
      wire.release();
    }
  }

  /** Decodes fixture {@code name} as an MOSDOp and hands it to {@code check}, then releases all. */
  static void withOp(String name, BiConsumer<MOSDOp, MessageFrame> check) {
    MessageFrame frame = CapturedMessage.load(name + ".bin");
    try {
      MOSDOp op =
          MOSDOp.decode(
              new CephDecoder(frame.front().duplicate()), frame.header().version(), frame.data());
      try {
        check.accept(op, frame);
      } finally {
        op.release();
      }
    } finally {
      frame.release();
    }
  }

  static void withReply(String name, BiConsumer<MOSDOpReply, MessageFrame> check) {
    MessageFrame frame = CapturedMessage.load(name + ".bin");
    try {
      MOSDOpReply reply =
          MOSDOpReply.decode(
              new CephDecoder(frame.front().duplicate()), frame.header().version(), frame.data());
      try {
        check.accept(reply, frame);
      } finally {
        reply.release();
      }
    } finally {
      frame.release();
    }
  }

  static byte[] front(java.util.function.Consumer<CephEncoder> writer) {
    ByteBuf buf = ALLOC.buffer();
    try {
      writer.accept(new CephEncoder(buf));
      return bytes(buf);
    } finally {
      buf.release();
    }
  }

  /** The op's 38 bytes and its indata, for comparing ops built by us with captured ones. */
  static String wire(OsdOp op) {
    return io.netty.buffer.ByteBufUtil.hexDump(front(op::encode))
        + "|"
        + io.netty.buffer.ByteBufUtil.hexDump(op.indata());
  }

  static void assertSameOps(List<OsdOp> captured, List<OsdOp> built) {
    try {
      assertThat(built.stream().map(CapturedMessage::wire).toList())
          .isEqualTo(captured.stream().map(CapturedMessage::wire).toList());
    } finally {
      built.forEach(OsdOp::release);
    }
  }

  static ByteBuf text(String s) {
    return Unpooled.wrappedBuffer(s.getBytes(StandardCharsets.UTF_8));
  }

  static String text(ByteBuf b) {
    return b.toString(StandardCharsets.UTF_8);
  }

  /** The readable bytes of {@code buf}, without consuming them. */
  static byte[] bytes(ByteBuf buf) {
    return ByteBufUtil.getBytes(buf);
  }
}
