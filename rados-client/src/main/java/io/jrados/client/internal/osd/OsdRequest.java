package io.jrados.client.internal.osd;

import java.util.concurrent.CompletableFuture;

/**
 * One operation (a compound of ops on one object) from submission to its answer. Lives on the
 * client's event loop; the objecter moves it between sessions as maps change.
 */
final class OsdRequest {
  final long tid;
  final OsdOpSpec spec;
  final CompletableFuture<OsdResult> result;

  /** Where it went last, under which map; null while it waits for a map, a pool or a primary. */
  OsdTarget target;

  OsdSession session;

  /** How many times it was sent; the OSD echoes the attempt number in its reply. */
  int attempts;

  /** The epoch of the map it was last sent under. */
  long sentEpoch;

  /** Set when the op is done (answered, failed or timed out): nothing may touch it after. */
  boolean finished;

  /** Whether the throttle counted it in (and must count it out). */
  boolean admitted;

  /** Whether it was sent on its current session and awaits a reply there. */
  boolean sent;

  /** When it fails with a timeout unless answered: {@link System#nanoTime()} based. */
  long deadlineNanos;

  OsdRequest(long tid, OsdOpSpec spec, CompletableFuture<OsdResult> result) {
    this.tid = tid;
    this.spec = spec;
    this.result = result;
  }

  @Override
  public String toString() {
    return "tid " + tid + " " + spec.describe();
  }
}
