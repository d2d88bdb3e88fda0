package io.jrados.client.internal.osd;

import io.jrados.client.internal.net.Msgr2Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The client's link to one OSD: its connection (or the attempt to make one), the requests last sent
 * to it keyed by tid, and the backoffs it asked for. Owned and driven by the {@link Objecter} on
 * the client's event loop.
 *
 * <p>Delivery guarantee: lossy, as librados' OSD sessions are. When the connection drops, every
 * request on it goes back to the objecter, which sends it again, in tid order, to whatever OSD the
 * newest map names; the OSD recognises a resent write by its request id and does not apply it
 * twice.
 */
final class OsdSession {
  final int osd;
  final String address;
  final TreeMap<Long, OsdRequest> requests = new TreeMap<>();
  final List<OsdBackoff> backoffs = new ArrayList<>();

  /** Null until the handshake finished. */
  Msgr2Connection connection;

  /** Whether a connection attempt is under way. */
  boolean connecting;

  /** Set once the session is dropped; a late connect result then only closes its connection. */
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
