package io.jrados.protocol.osdmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Pool snapshots in a real map ({@code cli-snaps-15.bin}, see the fixtures' README): the ids, names
 * and stamps {@code ceph osd pool ls detail} printed for that epoch.
 */
class PoolSnapshotDecodeTest {
  @Test
  void poolSnapshotsAreWhatTheMonListed() {
    OsdMap map = OsdMap.decode(Unpooled.wrappedBuffer(Fixtures.bytes("cli-snaps-15.bin")));
    PgPool jr = map.pool(2).orElseThrow();
    assertThat(jr.snapshots().keySet()).containsExactly(3L, 4L);
    PoolSnapshot nightly = jr.snapshots().get(3L);
    assertThat(nightly.name()).isEqualTo("nightly");
    // The mon's JSON prints microseconds; the map holds nanoseconds.
    assertThat(nightly.stamp().toInstant().truncatedTo(ChronoUnit.MICROS))
        .isEqualTo(Instant.parse("2026-11-30T09:12:43.755066Z"));
    assertThat(jr.snapshot("with space").map(PoolSnapshot::snapId)).contains(4L);
    assertThat(jr.snapshot("gone")).isEmpty();
    assertThat(jr.snapSeq()).isEqualTo(4);
    assertThat(jr.flags() & PgPool.FLAG_POOL_SNAPS).isNotZero();
    assertThat(map.pool(1).orElseThrow().snapshots()).isEmpty();
  }
}
