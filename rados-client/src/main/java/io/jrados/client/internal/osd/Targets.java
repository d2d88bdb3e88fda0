package io.jrados.client.internal.osd;

import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgId;
import io.jrados.protocol.osdmap.PgMapping;
import io.jrados.protocol.osdmap.PgPool;

/** Computes where an op goes under a map: Ceph's placement, as the objecter needs it. */
final class Targets {
  private Targets() {}

  static OsdTarget compute(OsdMap map, PgPool pool, OsdOpSpec spec) {
    PgMapping m;
    if (spec.pgSeed() >= 0) {
      // A PG op (listing) names its PG: no object to hash.
      m = map.map(new PgId(spec.poolId(), (int) spec.pgSeed()));
    } else {
      m = map.locate(spec.poolId(), spec.objectName(), spec.namespace(), spec.locatorKey());
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
