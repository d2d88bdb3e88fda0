package io.jrados.client.internal.osd;

import io.jrados.protocol.osd.HObject;
import io.jrados.protocol.osdmap.PgId;

/**
 * An OSD asked us (MOSDBackoff BLOCK) not to send ops for a range of a PG's objects until it sends
 * UNBLOCK with the same id: the whole PG while it peers, or one object (say, an unfound one) while
 * others in its PG go on. Held per session: a new connection starts without backoffs.
 *
 * @param begin the first object blocked
 * @param end the object after the last blocked one; equal to {@code begin} for one object
 */
record OsdBackoff(PgId pg, long id, HObject begin, HObject end) {

  boolean covers(OsdRequest r) {
    return r.target != null && pg.equals(r.target.pgid()) && objectOf(r).within(begin, end);
  }

  /** The object an op names, as the OSD places it in its PG's order. */
  static HObject objectOf(OsdRequest r) {
    OsdOpSpec spec = r.spec;
    return HObject.head(
        spec.locatorBytes(),
        spec.pgSeed() >= 0 ? new byte[0] : spec.nameBytes(),
        Integer.toUnsignedLong(r.target.hash()),
        spec.namespaceBytes(),
        r.target.pgid().pool());
  }
}
