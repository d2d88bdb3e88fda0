package io.jrados.client.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A write snap context, as RBD and other users of self-managed snapshots give their writes: the
 * newest snapshot id the writer knows of ({@code seq}) and the snapshots that exist, newest first.
 * An OSD that gets a write with a context newer than the object's last one first keeps the object
 * as it was, as a clone for those snapshots (librados' {@code selfmanaged_snap_set_write_ctx}).
 *
 * <p>Valid as Ceph's {@code SnapContext::is_valid} has it: the ids strictly descending and
 * positive, the first no greater than {@code seq}, and {@code seq} below CEPH_NOSNAP. librados
 * refuses any other with EINVAL; so does this constructor, with an {@link
 * IllegalArgumentException}.
 *
 * @param seq the newest snapshot id the writer has seen
 * @param snaps the existing snapshots, newest (largest) first
 */
public record SnapContext(long seq, List<Long> snaps) {
  /** No snapshots: what writes carry unless told otherwise. */
  public static final SnapContext EMPTY = new SnapContext(0, List.of());

  /** The largest id Ceph allows in a snap context (CEPH_MAXSNAP, below NOSNAP and SNAPDIR). */
  private static final long MAX_SNAP = -3L; // 0xFFFFFFFFFFFFFFFD as an unsigned value

  /** Checks the context and copies the list. */
  public SnapContext {
    snaps = List.copyOf(snaps);
    if (Long.compareUnsigned(seq, MAX_SNAP) > 0) {
      throw invalid("seq " + Long.toUnsignedString(seq) + " is not a snapshot id", seq, snaps);
    }
    long previous = seq;
    for (int i = 0; i < snaps.size(); i++) {
      long s = snaps.get(i);
      if (s == 0 || Long.compareUnsigned(s, previous) > 0 || (i > 0 && s == previous)) {
        throw invalid(
            "snapshot ids must be positive, strictly descending and at most seq", seq, snaps);
      }
      previous = s;
    }
  }

  /**
   * The context for these existing snapshots, in any order: newest first, and seq the newest (0 if
   * there are none), as python-rados' {@code set_self_managed_snap_write} makes it.
   */
  public static SnapContext of(Collection<Long> snapIds) {
    List<Long> sorted = new ArrayList<>(snapIds);
    sorted.sort(Comparator.comparing(Long::longValue, Long::compareUnsigned).reversed());
    return new SnapContext(sorted.isEmpty() ? 0 : sorted.get(0), sorted);
  }

  private static IllegalArgumentException invalid(String why, long seq, List<Long> snaps) {
    return new IllegalArgumentException(
        "invalid snap context " + Long.toUnsignedString(seq) + "=" + snaps + " (EINVAL): " + why);
  }
}
