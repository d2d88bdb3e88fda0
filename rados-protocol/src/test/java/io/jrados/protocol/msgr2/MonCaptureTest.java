package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.ALLOC;
import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityName;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bytes captured from a real Ceph 16.2.15 (Pacific) mon started by {@code bin/ceph-test-cluster},
 * reached over plain TCP at {@code v2:127.0.0.1:42037/0} from local port 60426 (60442 for the
 * second connection). The client side was this package's own encoder:
 *
 * <ul>
 *   <li>{@code client-banner.bin}, {@code client-hello-frame.bin}: what we sent first (our banner,
 *       and HELLO as CLIENT with the mon's address as target, crc mode);
 *   <li>{@code mon-banner.bin}, {@code mon-hello-frame.bin}: the mon's answer;
 *   <li>{@code mon-auth-bad-method-frame.bin}: the mon's answer to AUTH_REQUEST for method 1
 *       (none), which the cluster does not allow;
 *   <li>{@code client-auth-request-cephx-frame.bin}, {@code mon-auth-reply-more-frame.bin}, on a
 *       second connection: AUTH_REQUEST for cephx as client.admin, and the mon's challenge;
 *   <li>{@code mon-msgr1-banner.bin}: what a mon's msgr1 port sends on accept (another cluster,
 *       started with {@code --msgr1}).
 * </ul>
 *
 * <p>The mon answered every frame we sent instead of dropping the connection, which also shows that
 * our banner, preamble CRCs, segment CRCs and payload encodings are what it expects.
 */
class MonCaptureTest {
  private static Frame readFrame(String resource, List<Integer> steps) {
    ByteBuf wire = TestBytes.buf(TestBytes.resource(resource));
    try {
      FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
      Frame frame = FrameRoundTripTest.readStepwise(rx, wire, steps);
      assertThat(wire.readableBytes()).isZero();
      return frame;
    } finally {
      wire.release();
    }
  }

  private static ControlFrame readControl(String resource, List<Integer> steps) {
    Frame frame = readFrame(resource, steps);
    try {
      return ControlFrame.decode(frame);
    } finally {
      frame.release();
    }
  }

  @Test
  void theMonsBannerOffersRevision1AndRequiresNothing() {
    ByteBuf in = TestBytes.buf(TestBytes.resource("mon-banner.bin"));
    try {
      Banner banner = Banner.decode(in);
      assertThat(banner.supported()).isEqualTo(Msgr2Constants.FEATURE_REVISION_1);
      assertThat(banner.required()).isZero();
      banner.checkCompatibleWith(Banner.OURS);
    } finally {
      in.release();
    }
  }

  @Test
  void theMonsHelloNamesAMonAndTheAddressWeConnectedFrom() {
    ControlFrame hello = readControl("mon-hello-frame.bin", List.of(32, 36 + 4));
    assertThat(hello)
        .isEqualTo(new HelloFrame(EntityName.TYPE_MON, EntityAddr.parse("v2:127.0.0.1:60426/0")));
  }

  @Test
  void theMonRefusesAuthNoneListingCephxAndBothModes() {
    ControlFrame reply = readControl("mon-auth-bad-method-frame.bin", List.of(32, 28 + 4));
    assertThat(reply)
        .isEqualTo(
            new AuthBadMethodFrame(
                1,
                -13, // EACCES
                List.of(2), // cephx
                List.of(Msgr2Constants.CON_MODE_SECURE, Msgr2Constants.CON_MODE_CRC)));
  }

  @Test
  void theMonAnswersCephxWithANineByteChallenge() {
    ControlFrame reply = readControl("mon-auth-reply-more-frame.bin", List.of(32, 13 + 4));
    byte[] challenge = ((AuthReplyMoreFrame) reply).payload();
    assertThat(challenge).hasSize(9);
    assertThat(challenge[0]).isEqualTo((byte) 1); // CephXServerChallenge struct_v
  }

  @Test
  void ourEncoderReproducesWhatTheMonAccepted() {
    ByteBuf banner = Unpooled.buffer();
    Banner.OURS.encode(banner);
    assertThat(TestBytes.drain(banner)).isEqualTo(TestBytes.resource("client-banner.bin"));

    FrameAssembler tx = new FrameAssembler();
    HelloFrame hello =
        new HelloFrame(EntityName.TYPE_CLIENT, EntityAddr.parse("v2:127.0.0.1:42037/0"));
    assertThat(TestBytes.drain(tx.assemble(ALLOC, hello)))
        .isEqualTo(TestBytes.resource("client-hello-frame.bin"));

    ByteBuf payload = Unpooled.buffer();
    CephEncoder e = new CephEncoder(payload);
    e.u8(10); // AUTH_MODE_MON
    new EntityName(EntityName.TYPE_CLIENT, "admin").encode(e);
    e.u64(0); // global_id
    AuthRequestFrame request =
        new AuthRequestFrame(
            2,
            List.of(Msgr2Constants.CON_MODE_SECURE, Msgr2Constants.CON_MODE_CRC),
            TestBytes.drain(payload));
    assertThat(TestBytes.drain(tx.assemble(ALLOC, request)))
        .isEqualTo(TestBytes.resource("client-auth-request-cephx-frame.bin"));
  }
}
