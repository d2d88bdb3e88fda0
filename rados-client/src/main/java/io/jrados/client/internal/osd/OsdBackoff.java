package io.jrados.client.internal.osd;

import io.jrados.protocol.osdmap.PgId;

/**
 * An OSD asked us (MOSDBackoff BLOCK) not to send ops for a PG, or a range of its objects, until it
 * sends UNBLOCK with the same id. Held per session: a new connection starts without backoffs.
 *
 * <p>The block is applied to the whole PG rather than to the object range it names: ops for other
 * objects of that PG then wait for the UNBLOCK too, which costs a little latency during peering but
 * never sends the OSD an op it asked not to get.
 */
record OsdBackoff(PgId pg, long id) {

  boolean covers(OsdRequest r) {
    return r.target != null && pg.equals(r.target.pgid());
  }
}
