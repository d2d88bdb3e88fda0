package io.jrados.client.internal.osd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds what one client has in flight, in ops and in bytes (librados' objecter_inflight_ops and
 * objecter_inflight_op_bytes), so a caller submitting faster than the cluster answers queues in the
 * client instead of swamping the OSDs or the heap. Ops past the bound wait in submission order. One
 * op larger than the byte bound still goes, alone. Event loop only.
 */
final class Throttle {
  static final int DEFAULT_OPS = 1024;
  static final long DEFAULT_BYTES = 100L << 20;

  private final int maxOps;
  private final long maxBytes;
  private final ArrayDeque<OsdRequest> waiting = new ArrayDeque<>();
  private int ops;
  private long bytes;

  Throttle(int maxOps, long maxBytes) {
    this.maxOps = maxOps;
    this.maxBytes = maxBytes;
  }

  /** Counts {@code r} in if it fits, else queues it; returns whether it may go now. */
  boolean tryAdmit(OsdRequest r) {
    if (waiting.isEmpty() && fits(r)) {
      admit(r);
      return true;
    }
    waiting.add(r);
    return false;
  }

  /** Counts {@code r} out (or drops it from the queue); returns the ops that may go now. */
  List<OsdRequest> release(OsdRequest r) {
    if (!r.admitted) {
      waiting.remove(r);
      return List.of();
    }
    r.admitted = false;
    ops--;
    bytes -= r.spec.bytes();
    if (waiting.isEmpty()) {
      return List.of(); // the common case, once per op: nothing to allocate
    }
    List<OsdRequest> next = new ArrayList<>();
    while (!waiting.isEmpty() && fits(waiting.peek())) {
      OsdRequest w = waiting.poll();
      admit(w);
      next.add(w);
    }
    return next;
  }

  private boolean fits(OsdRequest r) {
    return ops == 0 || (ops < maxOps && bytes + r.spec.bytes() <= maxBytes);
  }

  private void admit(OsdRequest r) {
    r.admitted = true;
    ops++;
    bytes += r.spec.bytes();
  }

  int inFlightOps() {
    return ops;
  }

  long inFlightBytes() {
    return bytes;
  }
}
