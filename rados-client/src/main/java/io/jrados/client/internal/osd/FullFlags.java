package io.jrados.client.internal.osd;

import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgPool;

/**
 * Whether the map says writes to a pool cannot succeed now. librados pauses such writes until the
 * cluster has room; jrados fails new ones at once with {@link
 * io.jrados.client.api.ClusterFullException} instead, so a caller learns of a full cluster from an
 * error rather than a hang (reads go on).
 *
 * <p>Writes already sent are another matter: the OSD may have applied one before it saw the full
 * map, so failing it could report a write that happened as one that did not. The OSD drops writes
 * sent under a map older than the one that marked it full, expecting a resend, so those are held,
 * as librados holds them, and resent once a map has room; the OSD recognises a resent write by its
 * request id and answers it without applying it twice.
 */
final class FullFlags {
  private FullFlags() {}

  /**
   * Why {@code r} cannot go to {@code pool} under {@code map}, or null: only writes are stopped,
   * and not those sent with FULL_TRY or FULL_FORCE.
   */
  static Full check(OsdMap map, PgPool pool, OsdRequest r) {
    boolean respectsFull =
        r.spec.isWrite() && (r.spec.flags() & (OsdOpFlags.FULL_TRY | OsdOpFlags.FULL_FORCE)) == 0;
    return respectsFull ? check(map, pool) : null;
  }

  /** Why writes to {@code pool} are refused, or null if they are not. */
  static Full check(OsdMap map, PgPool pool) {
    if (pool.hasFlag(PgPool.FLAG_FULL_QUOTA)) {
      return new Full(122, "the pool has reached its quota (EDQUOT; see ceph osd pool get-quota)");
    }
    if (pool.hasFlag(PgPool.FLAG_FULL) || map.hasFlag(OsdMap.FLAG_FULL)) {
      return new Full(28, "the cluster is full (ENOSPC; an OSD passed mon_osd_full_ratio)");
    }
    return null;
  }

  /** A refusal: the errno and why. */
  record Full(int errno, String reason) {}
}
