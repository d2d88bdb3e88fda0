package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.ALLOC;
import static io.jrados.protocol.msgr2.TestBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.jrados.protocol.encoding.UTime;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each control frame payload, byte for byte, in the field order of {@code frames_v2.h}: encode,
 * decode back, fail cleanly on every truncation, and travel through whole frames in both modes.
 */
class ControlFramesTest {
  /** v2:127.0.0.1:3300/0, the current encoding (as in EntityAddrTest). */
  private static final String V2_LOCALHOST =
      "01 01 01 1c000000 02000000 00000000 10000000 0200 0ce4 7f000001 0000000000000000";

  /** any:127.0.0.1:0/5, as a client advertises itself. */
  private static final String ANY_CLIENT =
      "01 01 01 1c000000 03000000 05000000 10000000 0200 0000 7f000001 0000000000000000";

  private static final EntityAddr MON = EntityAddr.parse("v2:127.0.0.1:3300/0");
  private static final EntityAddr CLIENT = EntityAddr.parse("any:127.0.0.1:0/5");

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(new HelloFrame(8, MON), "08" + V2_LOCALHOST),
        Arguments.of(
            new AuthRequestFrame(2, List.of(2, 1), hex("0a0b")),
            "02000000 02000000 02000000 01000000 02000000 0a0b"),
        Arguments.of(
            new AuthBadMethodFrame(1, -13, List.of(2), List.of(2, 1)),
            "01000000 f3ffffff 01000000 02000000 02000000 02000000 01000000"),
        Arguments.of(new AuthReplyMoreFrame(hex("010203")), "03000000 010203"),
        Arguments.of(new AuthRequestMoreFrame(hex("ff")), "01000000 ff"),
        Arguments.of(
            new AuthDoneFrame(0x1234, 2, hex("aa")), "3412000000000000 02000000 01000000 aa"),
        Arguments.of(
            new AuthSignatureFrame(TestBytes.pattern(32, 0)), hex(TestBytes.pattern(32, 0))),
        Arguments.of(
            new ClientIdentFrame(
                EntityAddrVec.of(CLIENT), MON, 4100, 1, 0x0102030405060708L, 0, 1, 0xdead),
            "02 01000000"
                + ANY_CLIENT
                + V2_LOCALHOST
                + "0410000000000000 0100000000000000 0807060504030201 0000000000000000"
                + "0100000000000000 adde000000000000"),
        Arguments.of(
            new ServerIdentFrame(EntityAddrVec.of(MON), -1, 7, 5, 1, 1, 0x99),
            "02 01000000"
                + V2_LOCALHOST
                + "ffffffffffffffff 0700000000000000 0500000000000000 0100000000000000"
                + "0100000000000000 9900000000000000"),
        Arguments.of(new IdentMissingFeaturesFrame(0x800), "0008000000000000"),
        Arguments.of(
            new SessionReconnectFrame(EntityAddrVec.of(CLIENT), 1, 2, 3, 4, 5),
            "02 01000000"
                + ANY_CLIENT
                + "0100000000000000 0200000000000000 0300000000000000 0400000000000000"
                + "0500000000000000"),
        Arguments.of(new SessionResetFrame(true), "01"),
        Arguments.of(new SessionRetryFrame(9), "0900000000000000"),
        Arguments.of(new SessionRetryGlobalFrame(0x100), "0001000000000000"),
        Arguments.of(new SessionReconnectOkFrame(5), "0500000000000000"),
        Arguments.of(WaitFrame.INSTANCE, ""),
        Arguments.of(new Keepalive2Frame(new UTime(0x5f000000L, 123)), "0000005f 7b000000"),
        Arguments.of(new Keepalive2AckFrame(new UTime(0x5f000000L, 123)), "0000005f 7b000000"),
        Arguments.of(new AckFrame(0x0102), "0201000000000000"));
  }

  private static byte[] encode(ControlFrame frame) {
    ByteBuf out = Unpooled.buffer();
    frame.encode(new CephEncoder(out));
    return TestBytes.drain(out);
  }

  private static ControlFrame decode(Tag tag, byte[] payload) {
    ByteBuf in = Unpooled.wrappedBuffer(payload);
    try {
      return ControlFrame.decode(tag, in);
    } finally {
      in.release();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void encodesExactlyAndDecodesBack(ControlFrame frame, String expectedHex) {
    byte[] bytes = encode(frame);
    assertThat(hex(bytes)).isEqualTo(expectedHex.replace(" ", ""));
    assertThat(decode(frame.tag(), bytes)).isEqualTo(frame);
    // Like Ceph, bytes after the last field are ignored.
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
    assertThat(decode(frame.tag(), longer)).isEqualTo(frame);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyTruncationIsTruncatedInputNamingTheFrame(ControlFrame frame, String expectedHex) {
    byte[] bytes = encode(frame);
    for (int length = 0; length < bytes.length; length++) {
      byte[] prefix = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> decode(frame.tag(), prefix))
          .as("first %d of %d bytes", length, bytes.length)
          .isInstanceOf(TruncatedInputException.class)
          .hasMessageStartingWith(frame.tag() + " frame: truncated");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void travelsInWholeFramesInBothModes(ControlFrame frame, String expectedHex) {
    byte[] secret = TestBytes.connectionSecret();
    for (boolean secure : new boolean[] {false, true}) {
      FrameAssembler tx = new FrameAssembler();
      FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
      if (secure) {
        tx.enableSecureMode(FrameCipher.forClient(secret).tx());
        rx.enableSecureMode(FrameCipher.forServer(secret).rx());
      }
      ByteBuf wire = tx.assemble(ALLOC, frame);
      try {
        int payload = expectedHex.replace(" ", "").length() / 2;
        int expectedLength =
            secure
                ? 96
                    + (FrameLayout.padded(payload) > 48 ? FrameLayout.padded(payload) - 48 + 16 : 0)
                : 32 + (payload > 0 ? payload + 4 : 0);
        assertThat(wire.readableBytes()).isEqualTo(expectedLength);
        Frame received = rx.decode(wire);
        try {
          assertThat(received.tag()).isEqualTo(frame.tag());
          assertThat(ControlFrame.decode(received)).isEqualTo(frame);
        } finally {
          received.release();
        }
      } finally {
        wire.release();
      }
    }
  }

  @Test
  void framesWithSecretsShowOnlyLengths() {
    byte[] secret = hex("c0ffee00c0ffee00");
    for (ControlFrame frame :
        List.of(
            new AuthRequestFrame(2, List.of(2), secret),
            new AuthReplyMoreFrame(secret),
            new AuthRequestMoreFrame(secret),
            new AuthDoneFrame(1, 2, secret),
            new AuthSignatureFrame(Arrays.copyOf(secret, 32)))) {
      assertThat(frame.toString()).doesNotContain("c0").doesNotContain("-64").contains("bytes>");
    }
  }

  @Test
  void byteArraysAreCopiedInAndOut() {
    byte[] payload = hex("0102");
    AuthDoneFrame done = new AuthDoneFrame(1, 1, payload);
    payload[0] = 9;
    done.payload()[1] = 9;
    assertThat(done.payload()).isEqualTo(hex("0102"));
  }

  @Test
  void aMessageIsNotAControlFrame() {
    assertThatThrownBy(() -> decode(Tag.MESSAGE, new byte[41]))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("MESSAGE frames carry a message");
    assertThatThrownBy(() -> new AuthSignatureFrame(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformedFieldsNameTheFrame() {
    // HELLO whose address has marker 7.
    assertThatThrownBy(() -> decode(Tag.HELLO, hex("01 07")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("HELLO frame: entity_addr_t: marker 7");
  }
}
