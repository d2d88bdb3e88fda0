package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.ALLOC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.messages.MOSDBackoff;
import io.jrados.protocol.messages.MOSDOp;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.osdmap.PgId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encodings of the small OSD types, and the zero-copy and ownership rules of MOSDOp. */
class OsdTypesTest {
  private static byte[] encode(java.util.function.Consumer<CephEncoder> writer) {
    return CapturedMessage.front(writer);
  }

  @Test
  void theListingCursorsOfTheCaptureDecodeAndReencode() {
    // ls-op-7's cursor, as librados encoded it: head object, hash 7, pool 1.
    byte[] wire =
        HexFormat.of()
            .parseHex(
                "0403210000000000000000000000feffffffffffffff0700000000000000000100000000000000");
    HObject h = HObject.decode(new CephDecoder(Unpooled.wrappedBuffer(wire)));
    assertThat(h).isEqualTo(new HObject("", "", HObject.NOSNAP, 7, false, "", 1));
    assertThat(encode(h::encode)).isEqualTo(wire);
  }

  @Test
  void anMOSDBackoffRoundTripsWithItsPgAndRange() {
    HObject begin = new HObject("", "a", HObject.NOSNAP, 0x10, false, "ns", 1);
    HObject end = new HObject("", "", 0, 0, true, "", 1);
    MOSDBackoff block =
        new MOSDBackoff(SpgId.of(new PgId(1, 3)), 12, MOSDBackoff.BLOCK, 77, begin, end);
    assertThat(block.type()).isEqualTo(MessageType.OSD_BACKOFF);
    byte[] wire = encode(block::encode);
    // spg_t exactly as MOSDOp carries it (checked against captures): 010112000000 01 pool seed -1
    // ff
    assertThat(HexFormat.of().formatHex(wire, 0, 24))
        .isEqualTo("010112000000" + "01" + "0100000000000000" + "03000000" + "ffffffff" + "ff");
    MOSDBackoff decoded = MOSDBackoff.decode(new CephDecoder(Unpooled.wrappedBuffer(wire)), 1);
    assertThat(decoded).isEqualTo(block);
    MOSDBackoff ack = decoded.acknowledgement();
    assertThat(ack.op()).isEqualTo(MOSDBackoff.ACK_BLOCK);
    assertThat(ack.id()).isEqualTo(77);
    assertThat(ack.begin()).isEqualTo(begin);
    assertThat(ack.end()).isEqualTo(end);
  }

  @Test
  void anObjectLocatorWithAHashNeedsCompat6() {
    byte[] plain = encode(ObjectLocator.of(1, "ns")::encode);
    assertThat(plain[0]).isEqualTo((byte) 6);
    assertThat(plain[1]).isEqualTo((byte) 3);
    byte[] hashed = encode(new ObjectLocator(1, "", "", 7)::encode);
    assertThat(hashed[1]).isEqualTo((byte) 6);
    assertThat(ObjectLocator.decode(new CephDecoder(Unpooled.wrappedBuffer(hashed))))
        .isEqualTo(new ObjectLocator(1, "", "", 7));
  }

  @Test
  void namesThatAreNotUtf8CrossTheWireByteForByte() {
    byte[] ns = {(byte) 0x81, 'n', 's'};
    byte[] key = {(byte) 0xff};
    byte[] name = {(byte) 0x80, 'o', 'n', 'e'};
    ObjectLocator loc = ObjectLocator.ofBytes(3, key, ns, -1);
    // A String round trip would have turned each bad byte into U+FFFD's three bytes.
    assertThat(HexFormat.of().formatHex(encode(loc::encode)))
        .endsWith("01000000ff" + "03000000816e73" + "ffffffffffffffff");
    ObjectLocator back =
        ObjectLocator.decode(new CephDecoder(Unpooled.wrappedBuffer(encode(loc::encode))));
    assertThat(back).isEqualTo(loc).isNotEqualTo(ObjectLocator.of(3, back.namespace()));
    assertThat(back.namespaceBytes()).isEqualTo(ns);
    assertThat(back.keyBytes()).isEqualTo(key);

    MOSDOp op =
        new MOSDOp(
            SpgId.of(new PgId(3, 0)),
            0,
            1,
            OsdOpFlags.READ,
            OsdReqId.NONE,
            TraceInfo.NONE,
            0,
            io.jrados.protocol.encoding.UTime.ZERO,
            loc,
            name,
            List.of(StatOp.stat()),
            MOSDOp.NOSNAP,
            0,
            List.of(),
            0,
            0);
    ByteBuf front = Unpooled.buffer();
    ByteBuf data = op.data();
    MOSDOp decoded = null;
    try {
      op.encode(new CephEncoder(front));
      decoded = MOSDOp.decode(new CephDecoder(front), MOSDOp.HEAD_VERSION, data);
      assertThat(decoded.oidBytes()).isEqualTo(name);
      assertThat(decoded.oid()).isEqualTo("\ufffdone");
      assertThat(decoded.locator()).isEqualTo(loc);
    } finally {
      data.release();
      op.release();
      if (decoded != null) {
        decoded.release();
      }
    }
  }

  @Test
  void aWritePayloadIsSentWithoutCopying() {
    ByteBuf payload = ALLOC.directBuffer(4 << 20).writerIndex(4 << 20);
    MOSDOp op =
        MOSDOp.request(
            SpgId.of(new PgId(1, 0)),
            0,
            1,
            OsdOpFlags.WRITE | OsdOpFlags.ONDISK,
            io.jrados.protocol.encoding.UTime.ZERO,
            ObjectLocator.of(1, ""),
            "big",
            List.of(DataOps.write(0, payload)),
            0);
    ByteBuf data = op.data();
    try {
      assertThat(op.dataLength()).isEqualTo(4 << 20);
      assertThat(data.readableBytes()).isEqualTo(4 << 20);
      // The data segment is a view of the caller's buffer: same memory, one more reference.
      assertThat(payload.refCnt()).isEqualTo(2);
      payload.setByte(12345, 0x5a);
      assertThat(data.getByte(12345)).isEqualTo((byte) 0x5a);
    } finally {
      data.release();
    }
    assertThat(payload.refCnt()).isEqualTo(1);
    op.release();
    assertThat(payload.refCnt()).isZero();
  }

  @Test
  void aCallOpsIndataIsClassThenMethodThenInput() {
    OsdOp call = CallOp.call("lock", "get_info", Unpooled.wrappedBuffer(new byte[] {1, 2}));
    try {
      assertThat(call.fieldU8(0)).isEqualTo(4);
      assertThat(call.fieldU8(1)).isEqualTo(8);
      assertThat(call.fieldU8(2)).isZero();
      assertThat(call.fieldU32(3)).isEqualTo(2);
      assertThat(ByteBufUtil.hexDump(call.indata()))
          .isEqualTo(HexFormat.of().formatHex("lockget_info".getBytes()) + "0102");
    } finally {
      call.release();
    }
    assertThatThrownBy(() -> CallOp.call("x".repeat(256), "m", Unpooled.EMPTY_BUFFER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void opCodesHaveCephsNames() {
    assertThat(OsdOpCode.name(OsdOpCode.OMAPGETVALSBYKEYS)).isEqualTo("omap-get-vals-by-keys");
    assertThat(OsdOpCode.name(OsdOpCode.ASSERT_VER)).isEqualTo("assert-version");
    assertThat(OsdOpCode.name(0x7777)).isEqualTo("op-0x7777");
    assertThat(OsdOpCode.isWrite(OsdOpCode.WRITEFULL)).isTrue();
    assertThat(OsdOpCode.isWrite(OsdOpCode.CALL)).isFalse();
    assertThat(OsdOpCode.isPgOp(OsdOpCode.PGNLS)).isTrue();
  }

  @Test
  void cmpxattrPutsOperatorAndModeAfterTheTwoLengths() {
    OsdOp string = XattrOps.cmpxattr("user.k", XattrOps.CMP_GTE, "abc".getBytes());
    OsdOp number = XattrOps.cmpxattrU64("user.n", XattrOps.CMP_EQ, 42);
    try {
      assertThat(string.opcode()).isEqualTo(OsdOpCode.CMPXATTR);
      assertThat(string.fieldU32(0)).isEqualTo(6);
      assertThat(string.fieldU32(4)).isEqualTo(3);
      assertThat(string.fieldU8(8)).isEqualTo(XattrOps.CMP_GTE);
      assertThat(string.fieldU8(9)).isEqualTo(XattrOps.MODE_STRING);
      assertThat(ByteBufUtil.hexDump(string.indata()))
          .isEqualTo(HexFormat.of().formatHex("user.kabc".getBytes()));
      assertThat(number.fieldU32(4)).isEqualTo(8);
      assertThat(number.fieldU8(9)).isEqualTo(XattrOps.MODE_U64);
      assertThat(ByteBufUtil.hexDump(number.indata()))
          .isEqualTo(HexFormat.of().formatHex("user.n".getBytes()) + "2a00000000000000");
    } finally {
      string.release();
      number.release();
    }
  }
}
