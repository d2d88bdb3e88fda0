package io.jrados.client.api;

import java.util.List;
import java.util.Map;

/**
 * What a notify gathered: the reply of every watcher that acknowledged it in time, and the watchers
 * that did not. librados reports the latter case as the error {@code ETIMEDOUT} with the same
 * information; here it is part of the result, see {@link #complete()}.
 *
 * @param replies each acknowledging watch and the bytes it replied with, in the OSD's order
 * @param timedOut the watches that did not acknowledge before the notify's timeout
 */
public record NotifyResult(Map<WatcherId, byte[]> replies, List<WatcherId> timedOut) {
  public NotifyResult {
    replies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replies));
    timedOut = List.copyOf(timedOut);
  }

  /** Whether every watch acknowledged in time. */
  public boolean complete() {
    return timedOut.isEmpty();
  }
}
