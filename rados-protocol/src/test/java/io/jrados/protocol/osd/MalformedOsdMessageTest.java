package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.ALLOC;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.messages.MOSDBackoff;
import io.jrados.protocol.messages.MOSDOp;
import io.jrados.protocol.messages.MOSDOpReply;
import io.jrados.protocol.msgr2.MessageFrame;
import io.jrados.protocol.osdmap.PgId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Damaged versions of captured messages and outdata: every failure must be a ProtocolException
 * naming the problem, and nothing may leak (the leak detector runs at PARANOID).
 */
class MalformedOsdMessageTest {
  /** The captured front and data of fixture {@code name}, copied out of the frame. */
  private record Captured(byte[] front, byte[] data, int version) {}

  private static Captured captured(String name) {
    MessageFrame frame = CapturedMessage.load(name + ".bin");
    try {
      return new Captured(
          CapturedMessage.bytes(frame.front()),
          CapturedMessage.bytes(frame.data()),
          frame.header().version());
    } finally {
      frame.release();
    }
  }

  private static void decodeOp(byte[] front, byte[] data, int version) {
    ByteBuf f = ALLOC.buffer(front.length).writeBytes(front);
    ByteBuf d = ALLOC.buffer(Math.max(1, data.length)).writeBytes(data);
    try {
      MOSDOp.decode(new CephDecoder(f), version, d).release();
    } finally {
      f.release();
      d.release();
    }
  }

  private static void decodeReply(byte[] front, byte[] data, int version) {
    ByteBuf f = ALLOC.buffer(front.length).writeBytes(front);
    ByteBuf d = ALLOC.buffer(Math.max(1, data.length)).writeBytes(data);
    try {
      MOSDOpReply.decode(new CephDecoder(f), version, d).release();
    } finally {
      f.release();
      d.release();
    }
  }

  private static byte[] truncated(byte[] b, int length) {
    return java.util.Arrays.copyOf(b, length);
  }

  @Test
  void everyTruncationOfARequestFrontIsRejected() {
    Captured put = captured("compound-op-0");
    for (int n = 0; n < put.front().length; n++) {
      byte[] front = truncated(put.front(), n);
      assertThatThrownBy(() -> decodeOp(front, put.data(), 8))
          .as("front cut to %d bytes", n)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Test
  void everyTruncationOfAReplyFrontIsRejected() {
    Captured reply = captured("ls-reply-7");
    for (int n = 0; n < reply.front().length; n++) {
      byte[] front = truncated(reply.front(), n);
      assertThatThrownBy(() -> decodeReply(front, reply.data(), 8))
          .as("front cut to %d bytes", n)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Test
  void anAbsurdOpCountIsRejectedBeforeAnythingIsAllocated() {
    Captured put = captured("put-op-0");
    // After the ops come snapid, snap_seq, an empty snaps vector, retry_attempt and features.
    int countAt = put.front().length - (8 + 8 + 4 + 4 + 8) - OsdOp.SIZE - 2;
    byte[] front = put.front().clone();
    front[countAt] = (byte) 0xFF;
    front[countAt + 1] = (byte) 0xFF;
    assertThatThrownBy(() -> decodeOp(front, put.data(), 8))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("65535 ops");

    Captured reply = captured("get-reply-0");
    // oid "obj1" (4 + 4), pg_t 17, flags 8, result 4, bad_replay_version 12, epoch 4.
    int replyCountAt = 8 + 17 + 8 + 4 + 12 + 4;
    byte[] replyFront = reply.front().clone();
    for (int i = 0; i < 4; i++) {
      replyFront[replyCountAt + i] = (byte) 0xFF;
    }
    assertThatThrownBy(() -> decodeReply(replyFront, reply.data(), 8))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("4294967295 ops");
  }

  @Test
  void payloadLengthsMustMatchTheDataSegment() {
    Captured put = captured("put-op-0");
    byte[] shortData = truncated(put.data(), put.data().length - 1);
    assertThatThrownBy(() -> decodeOp(put.front(), shortData, 8))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("add up to 13 bytes, the data segment has 12");
    byte[] longData = truncated(put.data(), put.data().length + 5);
    assertThatThrownBy(() -> decodeOp(put.front(), longData, 8))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("data segment has 18");
    Captured get = captured("get-reply-0");
    assertThatThrownBy(() -> decodeReply(get.front(), new byte[0], 8))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("add up to 13 bytes");
  }

  @Test
  void unsupportedHeaderVersionsAreNamed() {
    Captured put = captured("put-op-0");
    assertThatThrownBy(() -> decodeOp(put.front(), put.data(), 7))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("header version 7");
    Captured get = captured("get-reply-0");
    assertThatThrownBy(() -> decodeReply(get.front(), get.data(), 6))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("header version 6");
  }

  private static <T> void rejects(String hex, Function<ByteBuf, T> parser, String message) {
    ByteBuf buf = ALLOC.buffer().writeBytes(HexFormat.of().parseHex(hex));
    try {
      assertThatThrownBy(() -> parser.apply(buf))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining(message);
    } finally {
      buf.release();
    }
  }

  @Test
  void outdataParsersBoundEveryCountAndLength() {
    // map count 0x7fffffff with 4 bytes behind it
    rejects("ffffff7f00000000", OmapOps::parseVals, "map count 2147483647");
    rejects("ffffff7f00000000", OmapOps::parseValsByKeys, "map count");
    rejects("ffffff7f00000000", XattrOps::parseGetxattrs, "map count");
    rejects("ffffffff00", OmapOps::parseKeys, "list count 4294967295");
    // a key whose length runs past the end
    rejects("0100000010000000616263", OmapOps::parseKeys, "string length 16");
    rejects("0d00000000000000e03c0c", StatOp::parse, "truncated");
    // pg_nls_response_t claiming more bytes than there are
    rejects("0101ff000000", PgnlsOp::parse, "struct_len 255");
    // a pg_nls_response_t of a future incompatible version
    rejects("0202000000000000", PgnlsOp::parse, "compat version 2 > supported 1");
    // an entry count that cannot fit in what the struct holds
    String cursor = HexFormat.of().formatHex(CapturedMessage.front(HObject.MIN::encode));
    String body = cursor + "ffffffff" + "00000000";
    rejects(
        "0101" + String.format("%02x000000", body.length() / 2) + body,
        PgnlsOp::parse,
        "list count 4294967295");
  }

  @Test
  void aBackoffWithATruncatedHobjectIsRejected() {
    ByteBuf full = ALLOC.buffer();
    try {
      HObject h = new HObject("", "obj", HObject.NOSNAP, 7, false, "", 1);
      new MOSDBackoff(SpgId.of(new PgId(1, 7)), 9, MOSDBackoff.BLOCK, 1, h, h)
          .encode(new io.jrados.protocol.encoding.CephEncoder(full));
      for (int n = 0; n < full.readableBytes(); n++) {
        ByteBuf cut = full.retainedSlice(0, n);
        try {
          assertThatThrownBy(() -> MOSDBackoff.decode(new CephDecoder(cut), 1))
              .isInstanceOf(ProtocolException.class);
        } finally {
          cut.release();
        }
      }
    } finally {
      full.release();
    }
    assertThatThrownBy(() -> MOSDBackoff.decode(new CephDecoder(Unpooled.EMPTY_BUFFER), 1))
        .isInstanceOf(ProtocolException.class);
  }
}
