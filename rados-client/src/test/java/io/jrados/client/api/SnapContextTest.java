package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which snap contexts are valid: the cases librados 16.2.15's {@code
 * rados_ioctx_selfmanaged_snap_set_write_ctx} was seen to accept and to refuse with EINVAL.
 */
class SnapContextTest {
  @Test
  void acceptsWhatLibradosAccepts() {
    assertThat(new SnapContext(6, List.of(6L, 5L)).snaps()).containsExactly(6L, 5L);
    assertThat(new SnapContext(9, List.of(6L, 5L)).seq()).isEqualTo(9); // seq may run ahead
    assertThat(new SnapContext(0, List.of())).isEqualTo(SnapContext.EMPTY);
    assertThat(new SnapContext(-3L, List.of(-3L, 1L)).seq()).isEqualTo(-3L); // CEPH_MAXSNAP
  }

  @Test
  void refusesWhatLibradosRefuses() {
    for (Runnable bad :
        List.<Runnable>of(
            () -> new SnapContext(6, List.of(5L, 6L)), // ascending
            () -> new SnapContext(5, List.of(6L, 5L)), // newer than seq
            () -> new SnapContext(6, List.of(6L, 6L)), // repeated
            () -> new SnapContext(6, List.of(6L, 0L)), // zero is no snapshot
            () -> new SnapContext(-2L, List.of()))) { // CEPH_NOSNAP is no sequence
      assertThatThrownBy(bad::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("EINVAL");
    }
  }

  @Test
  void ofSortsNewestFirstAsPythonRadosDoes() {
    assertThat(SnapContext.of(List.of(5L, 6L))).isEqualTo(new SnapContext(6, List.of(6L, 5L)));
    assertThat(SnapContext.of(List.of())).isEqualTo(SnapContext.EMPTY);
    // Ids are unsigned: one past 2^63 is the newest.
    assertThat(SnapContext.of(List.of(Long.MIN_VALUE, 7L)).snaps())
        .containsExactly(Long.MIN_VALUE, 7L);
  }
}
