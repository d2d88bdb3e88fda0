package io.jrados.client.internal.osd;

import io.jrados.client.api.RadosTimeoutException;
import java.time.Duration;

/**
 * One operation (a compound of ops on one object) from submission to its answer. Lives on the
 * client's event loop; the objecter moves it between sessions as maps change.
 */
final class OsdRequest {
  final long tid;
  final OsdOpSpec spec;
  final OsdCompletion done;

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

  /**
   * Why a write that was already sent waits unsent for a map with room (the pool or cluster is
   * full), or null. Said in its timeout.
   */
  String heldBecause;

  /**
   * The flags an OSD's redirect added (REDIRECTED, IGNORE_CACHE, IGNORE_OVERLAY): once a cache tier
   * sent it to its base pool, it goes there for the rest of its life, as in librados.
   */
  int redirectFlags;

  /** When it fails with a timeout unless answered: {@link System#nanoTime()} based. */
  long deadlineNanos;

  OsdRequest(long tid, OsdOpSpec spec, OsdCompletion done) {
    this.tid = tid;
    this.spec = spec;
    this.done = done;
  }

  /**
   * Its failure when its deadline passes. It says why when it was held for a full pool or cluster,
   * or when its OSD could not be reached.
   */
  RadosTimeoutException timeout(Duration opTimeout) {
    if (heldBecause != null) {
      return new RadosTimeoutException(
          spec.describe(),
          opTimeout,
          "sent before " + heldBecause + ", it waited for room to be resent",
          null);
    }
    Throwable why = session == null || session.ready() ? null : session.lastFailure;
    if (why == null) {
      return new RadosTimeoutException(spec.describe(), opTimeout);
    }
    return new RadosTimeoutException(
        spec.describe(), opTimeout, "no session with " + session + ": " + why.getMessage(), why);
  }

  @Override
  public String toString() {
    return "tid " + tid + " " + spec.describe();
  }
}
