package io.jrados.client.internal.osd;

import io.jrados.client.api.RadosException;
import io.jrados.client.api.WatchListener;

/** One registered watch, as {@link Watches} keeps it. Event loop only. */
final class WatchState {
  final long cookie;
  final ObjectRef object;
  final long timeoutSeconds;
  final WatchListener listener;

  /** The registration generation: raised by every RECONNECT; a ping carries the current one. */
  long gen;

  /** The OSD the watch was last attached through. */
  int osd = -1;

  boolean reconnecting;
  boolean pinging;
  boolean closed;
  long nextPingNanos;

  /** Set once the watch is lost. */
  RadosException error;

  WatchState(long cookie, ObjectRef object, long timeoutSeconds, WatchListener listener) {
    this.cookie = cookie;
    this.object = object;
    this.timeoutSeconds = timeoutSeconds;
    this.listener = listener;
  }

  String describe() {
    return "watch " + cookie + " on " + object.describe();
  }
}
