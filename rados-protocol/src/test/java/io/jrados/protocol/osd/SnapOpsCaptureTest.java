package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.assertSameOps;
import static io.jrados.protocol.osd.CapturedMessage.withOp;
import static io.jrados.protocol.osd.CapturedMessage.withReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code rados listsnaps} of an object with two clones and a head, captured from a real OSD. */
class SnapOpsCaptureTest {
  @Test
  void listSnapsGoesToTheSnapdirAndListsEveryVersion() {
    withOp(
        "listsnaps-op-0",
        (op, frame) -> {
          assertThat(op.oid()).isEqualTo("rich");
          assertThat(op.snapId()).isEqualTo(SnapOps.SNAPDIR);
          assertSameOps(op.ops(), List.of(SnapOps.listSnaps()));
        });
    withReply(
        "listsnaps-reply-0",
        (reply, frame) -> {
          SnapOps.ObjectSnaps snaps = SnapOps.parseListSnaps(reply.ops().get(0).outdata());
          // rados printed: 2 2 10 [0~4,6~4] / 4 3,4 10 [0~10] / head - 12
          assertThat(snaps.clones())
              .containsExactly(
                  new SnapOps.Clone(
                      2,
                      List.of(2L),
                      List.of(new SnapOps.Extent(0, 4), new SnapOps.Extent(6, 4)),
                      10),
                  new SnapOps.Clone(4, List.of(3L, 4L), List.of(new SnapOps.Extent(0, 10)), 10),
                  new SnapOps.Clone(HObject.NOSNAP, List.of(), List.of(), 12));
          assertThat(snaps.seq()).isEqualTo(4);
        });
  }

  @Test
  void aTruncatedListIsRefused() {
    byte[] bytes =
        CapturedMessage.front(
            e -> {
              var t = e.startStruct(2, 1);
              e.u32(1000); // clones that are not there
              e.endStruct(t);
            });
    assertThatThrownBy(() -> SnapOps.parseListSnaps(Unpooled.wrappedBuffer(bytes)))
        .isInstanceOf(ProtocolException.class);
  }
}
