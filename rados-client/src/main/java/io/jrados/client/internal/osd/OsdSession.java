package io.jrados.client.internal.osd;

import io.jrados.client.internal.net.Msgr2Connection;
import io.jrados.protocol.encoding.EntityAddr;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The client's link to one OSD: its connection (or the attempt to make one), the requests last sent
 * to it keyed by tid, and the backoffs it asked for. Owned and driven by the {@link Objecter} on
 * the client's event loop.
 *
 * <p>Delivery guarantee: lossy, as librados' OSD sessions are. When the connection drops, the
 * requests on it stay, unsent, and go out again in tid order once it reconnects, unless a new map
 * moves them to another OSD first; the OSD recognises a resent write by its request id and does not
 * apply it twice.
 */
final class OsdSession {
  final int osd;
  final String address;
  final TreeMap<Long, OsdRequest> requests = new TreeMap<>();
  final List<OsdBackoff> backoffs = new ArrayList<>();

  /** Where the OSD listens, under the map the session was made for. */
  EntityAddr target;

  /** Null until the handshake finished, and again after the connection was lost. */
  Msgr2Connection connection;

  /** The pending reconnection after a lost connection, or null. */
  ScheduledFuture<?> reconnect;

  /** Connection attempts failed in a row; sets the pause before the next. */
  int failures;

  /** Why the connection was lost or could not be made, until it is back; said in op timeouts. */
  Throwable lastFailure;

  /** Set once the session ended for good; a late connect result then only closes its connection. */
  boolean closed;

  OsdSession(int osd, String address) {
    this.osd = osd;
    this.address = address;
  }

  boolean ready() {
    return connection != null && connection.isOpen() && !closed;
  }

  /** The backoff covering this request, or null. */
  OsdBackoff backoffFor(OsdRequest r) {
    if (backoffs.isEmpty()) {
      return null; // nearly always: no iterator per op
    }
    for (OsdBackoff b : backoffs) {
      if (b.covers(r)) {
        return b;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "osd." + osd + " at " + address;
  }
}
