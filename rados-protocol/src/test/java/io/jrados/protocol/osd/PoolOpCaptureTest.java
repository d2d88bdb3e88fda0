package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.front;
import static io.jrados.protocol.osd.CapturedMessage.withOp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.messages.MPoolOp;
import io.jrados.protocol.messages.MPoolOpReply;
import io.jrados.protocol.messages.PaxosHeader;
import io.jrados.protocol.messages.PoolOpCode;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBufUtil;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Self-managed snapshots as librados (python3-rados 16.2.15, {@code smsnap.py} and {@code
 * smwrite.py}) did them against a real mon and OSD: the MPoolOps it sent and the mon's answers, and
 * a write carrying a snap context. See the resources' README.
 */
class PoolOpCaptureTest {
  private static final long POOL = 3; // capsm
  private static final long NAMED_POOL = 4; // capnamed, which has a pool snapshot

  private static byte[] frontOf(String name, int[] type) {
    MessageFrame frame = CapturedMessage.load(name + ".bin");
    try {
      type[0] = frame.header().type();
      type[1] = frame.header().version();
      return ByteBufUtil.getBytes(frame.front());
    } finally {
      frame.release();
    }
  }

  private static MPoolOp op(int n) {
    int[] type = new int[2];
    byte[] bytes = frontOf("poolop-op-" + n, type);
    assertThat(type[0]).isEqualTo(49);
    assertThat(type[1]).isEqualTo(MPoolOp.HEAD_VERSION);
    MPoolOp op = MPoolOp.decode(new CephDecoder(io.netty.buffer.Unpooled.wrappedBuffer(bytes)), 4);
    // What librados sent re-encodes byte for byte.
    assertThat(front(op::encode)).isEqualTo(bytes);
    return op;
  }

  private static MPoolOpReply reply(int n) {
    int[] type = new int[2];
    byte[] bytes = frontOf("poolop-reply-" + n, type);
    assertThat(type[0]).isEqualTo(48);
    CephDecoder d = new CephDecoder(io.netty.buffer.Unpooled.wrappedBuffer(bytes));
    MPoolOpReply r = MPoolOpReply.decode(d, type[1]);
    assertThat(d.remaining()).isZero();
    assertThat(front(r::encode)).isEqualTo(bytes);
    return r;
  }

  @Test
  void libradosPoolOpsDecodeAndReencode() {
    MPoolOp create = op(0);
    UUID fsid = create.fsid();
    assertThat(create)
        .isEqualTo(
            new MPoolOp(
                PaxosHeader.CLIENT,
                fsid,
                POOL,
                PoolOpCode.CREATE_UNMANAGED_SNAP,
                0,
                "",
                (short) 0));
    assertThat(MPoolOp.client(fsid, POOL, PoolOpCode.CREATE_UNMANAGED_SNAP, 0).paxos().version())
        .isZero();
    // librados' second op carries the osdmap version the first reply named; the mon waits for it.
    MPoolOp second = op(1);
    assertThat(second.op()).isEqualTo(PoolOpCode.CREATE_UNMANAGED_SNAP);
    assertThat(second.paxos().version()).isEqualTo(reply(0).paxos().version());
    MPoolOp remove = op(2);
    assertThat(remove.op()).isEqualTo(PoolOpCode.DELETE_UNMANAGED_SNAP);
    assertThat(remove.snapId()).isEqualTo(2);
    assertThat(op(3).snapId()).isEqualTo(1000);
    assertThat(op(4).pool()).isEqualTo(NAMED_POOL);
    assertThat(op(4).op()).isEqualTo(PoolOpCode.CREATE_UNMANAGED_SNAP);
  }

  @Test
  void theMonsAnswersCarryTheIdAndTheEpochToWaitFor() {
    MPoolOpReply first = reply(0);
    assertThat(first.replyCode()).isZero();
    assertThat(first.snapId()).isEqualTo(2); // a fresh pool's first id, as smsnap.py printed
    MPoolOpReply second = reply(1);
    assertThat(second.snapId()).isEqualTo(3);
    assertThat(second.epoch()).isGreaterThan(first.epoch());

    MPoolOpReply removed = reply(2);
    assertThat(removed.replyCode()).isZero();
    assertThat(removed.data()).isEmpty();
    assertThat(reply(3).replyCode()).isEqualTo(-2); // ENOENT: id 1000 was never handed out
    assertThat(reply(4).replyCode()).isEqualTo(-22); // EINVAL: a pool with pool snapshots
    assertThatThrownBy(() -> reply(4).snapId())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("no snapshot id");
    assertThatThrownBy(
            () ->
                new MPoolOpReply(PaxosHeader.CLIENT, first.fsid(), 0, 1, Optional.of(new byte[4]))
                    .snapId())
        .hasMessageContaining("4 bytes");
  }

  @Test
  void aWriteCarriesItsSnapContextNewestFirst() {
    // smwrite.py: set_self_managed_snap_write([2, 3]), then write_full.
    withOp(
        "smwrite-op-0",
        (op, frame) -> {
          assertThat(op.snapSeq()).isEqualTo(3);
          assertThat(op.snaps()).containsExactly(3L, 2L);
          assertThat(op.snapId()).isEqualTo(HObject.NOSNAP);
          assertThat(front(op::encode)).isEqualTo(ByteBufUtil.getBytes(frame.front()));
          assertThat(op.ops()).extracting(OsdOp::opcode).containsExactly(OsdOpCode.WRITEFULL);
        });
  }
}
