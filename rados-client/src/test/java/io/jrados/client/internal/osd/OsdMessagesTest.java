package io.jrados.client.internal.osd;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.internal.net.OutgoingMessage;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.messages.MOSDBackoff;
import io.jrados.protocol.osd.DataOps;
import io.jrados.protocol.osd.HObject;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osd.SpgId;
import io.jrados.protocol.osdmap.PgId;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsdMessagesTest {

  private static OutgoingMessage anOp() {
    OsdOpSpec spec =
        new OsdOpSpec(
            2,
            "p",
            new byte[0],
            new byte[0],
            "obj-0".getBytes(StandardCharsets.UTF_8),
            -1,
            List.of(DataOps.writeFull(Unpooled.wrappedBuffer(new byte[4]))),
            0,
            true,
            4,
            Instant.EPOCH,
            "write");
    OsdRequest r = new OsdRequest(25, spec, new OsdFuture());
    r.target = new OsdTarget(new PgId(2, 1), 0x7fdbd869, 1, -1, List.of(1, 0), 8, 2);
    r.attempts = 2;
    try {
      return OsdMessages.encode(r, 20, -1L);
    } finally {
      spec.ops().forEach(OsdOp::release);
    }
  }

  @Test
  void aBlocksAckGoesAtThePriorityOfTheOpsItHolds() {
    // An OSD that lifts a block before its ack arrives drops every op the block covers until the
    // ack is processed, and its queue orders only messages of equal priority: an ack at another
    // priority than the resent ops can come after them, and they are never answered.
    HObject o = new HObject("", "obj-0", HObject.NOSNAP, 0x7fdbd869, false, "", 2);
    MOSDBackoff block = new MOSDBackoff(SpgId.of(new PgId(2, 1)), 20, MOSDBackoff.BLOCK, 11, o, o);
    OutgoingMessage ack = OsdMessages.acknowledgement(block);
    OutgoingMessage op = anOp();
    try {
      assertThat(ack.priority()).isEqualTo(op.priority()).isEqualTo(63);
      assertThat(ack.type()).isEqualTo(block.type());
      assertThat(MOSDBackoff.decode(new CephDecoder(ack.front()), ack.version()))
          .isEqualTo(block.acknowledgement());
    } finally {
      ack.front().release();
      ack.data().release();
      op.front().release();
      op.data().release();
    }
  }
}
