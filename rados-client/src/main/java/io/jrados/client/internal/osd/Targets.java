package io.jrados.client.internal.osd;

import io.jrados.client.api.PoolNotFoundException;
import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgId;
import io.jrados.protocol.osdmap.PgMapping;
import io.jrados.protocol.osdmap.PgPool;

/**
 * Computes where an op goes under a map: Ceph's placement, as the objecter needs it, including a
 * cache tier's overlay.
 */
final class Targets {
  private Targets() {}

  /**
   * Where {@code r} goes. {@code base} is the pool the op names: with an overlay set on it (ceph
   * osd tier set-overlay), reads go to its read tier and writes to its write tier, as librados
   * sends them, unless the op ignores the overlay (listings, and ops an OSD redirected to the base
   * pool).
   */
  static OsdTarget compute(OsdMap map, PgPool base, OsdRequest r) {
    OsdOpSpec spec = r.spec;
    long poolId = spec.poolId();
    PgPool pool = base;
    int flags = spec.flags() | r.redirectFlags;
    if ((flags & OsdOpFlags.IGNORE_OVERLAY) == 0) {
      // A read-modify-write op goes to the write tier, as in librados (the write test comes last).
      long tier = -1;
      if ((flags & OsdOpFlags.READ) != 0 && base.readTier() >= 0) {
        tier = base.readTier();
      }
      if (spec.isWrite() && base.writeTier() >= 0) {
        tier = base.writeTier();
      }
      if (tier >= 0) {
        long tierId = tier;
        // The mons refuse to remove a tier that is still an overlay, so a map lacking it is broken.
        pool =
            map.pool(tierId)
                .orElseThrow(
                    () ->
                        new PoolNotFoundException(
                            tierId + " (the overlay of pool '" + spec.poolName() + "')",
                            map.epoch()));
        poolId = tierId;
      }
    }
    PgMapping m;
    if (spec.pgSeed() >= 0) {
      // A PG op (listing) names its PG: no object to hash. It always ignores the overlay.
      m = map.map(new PgId(poolId, (int) spec.pgSeed()));
    } else {
      m = map.locate(poolId, spec.nameBytes(), spec.namespaceBytes(), spec.locatorBytes());
    }
    return new OsdTarget(
        m.pgid(),
        m.rawPg().seed(),
        m.actingPrimary(),
        m.primaryShard(),
        m.acting(),
        pool.pgNum(),
        pool.size());
  }
}
