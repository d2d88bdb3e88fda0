package io.jrados.client.internal.osd;

import io.jrados.protocol.osdmap.PgId;
import java.util.List;

/**
 * Where an op goes under one OSDMap: its PG (and the full object hash the OSD wants beside it), the
 * acting set and primary, the shard for erasure-coded pools, and what decides whether a new map
 * forces a resend.
 *
 * @param pgid the actual PG (the raw hash folded into pg_num)
 * @param hash the object's full 32-bit hash (the raw PG's seed)
 * @param primary the acting primary, or -1 when the PG has none under this map
 * @param shard the primary's shard in an erasure-coded pool, -1 (no shard) in a replicated one
 * @param acting the acting set
 * @param pgNum the pool's pg_num; a change (split or merge) is a new interval
 * @param size the pool's size; a change is a new interval
 */
record OsdTarget(
    PgId pgid, int hash, int primary, int shard, List<Integer> acting, int pgNum, int size) {

  /**
   * Whether moving from {@code this} to {@code next} starts a new PG interval, after which the OSD
   * drops ops it had from the old one and the client must resend (Ceph's is_new_interval, as far as
   * a client can see it).
   */
  boolean newInterval(OsdTarget next) {
    return primary != next.primary
        || !pgid.equals(next.pgid)
        || !acting.equals(next.acting)
        || pgNum != next.pgNum
        || size != next.size;
  }
}
