package io.jrados.client.internal.osd;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.osd.DataOps;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  private long tid;

  private OsdRequest request(int bytes) {
    OsdOpSpec spec =
        new OsdOpSpec(
            1,
            "p",
            new byte[0],
            new byte[0],
            "o".getBytes(StandardCharsets.UTF_8),
            -1,
            List.of(DataOps.writeFull(Unpooled.wrappedBuffer(new byte[bytes]))),
            0,
            true,
            bytes,
            Instant.EPOCH,
            "write");
    return new OsdRequest(++tid, spec, new OsdFuture());
  }

  @Test
  void opsPastTheBoundWaitInSubmissionOrder() {
    Throttle t = new Throttle(2, 1 << 20);
    OsdRequest a = request(1);
    OsdRequest b = request(1);
    OsdRequest c = request(1);
    OsdRequest d = request(1);
    assertThat(t.tryAdmit(a)).isTrue();
    assertThat(t.tryAdmit(b)).isTrue();
    assertThat(t.tryAdmit(c)).isFalse();
    assertThat(t.tryAdmit(d)).isFalse();
    assertThat(t.release(a)).containsExactly(c);
    assertThat(t.release(b)).containsExactly(d);
    assertThat(t.inFlightOps()).isEqualTo(2);
  }

  @Test
  void bytesAreBoundedTooButOneLargeOpStillGoesAlone() {
    Throttle t = new Throttle(100, 1000);
    OsdRequest big = request(5000);
    OsdRequest small = request(10);
    assertThat(t.tryAdmit(big)).isTrue();
    assertThat(t.tryAdmit(small)).isFalse();
    assertThat(t.inFlightBytes()).isEqualTo(5000);
    assertThat(t.release(big)).containsExactly(small);
    assertThat(t.inFlightBytes()).isEqualTo(10);
  }

  @Test
  void aQueuedOpThatFailsLeavesTheQueue() {
    Throttle t = new Throttle(1, 1000);
    OsdRequest a = request(1);
    OsdRequest b = request(1);
    OsdRequest c = request(1);
    t.tryAdmit(a);
    t.tryAdmit(b);
    t.tryAdmit(c);
    assertThat(t.release(b)).isEmpty(); // b timed out while queued
    assertThat(t.release(a)).containsExactly(c);
  }
}
