package io.jrados.protocol.osdmap;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Objects;

/**
 * A pool snapshot ({@code pool_snap_info_t}, v2 compat 2: {@code u64 snapid, utime_t stamp, string
 * name}), as {@code ceph osd pool mksnap} makes one and the OSDMap lists it in its pool.
 *
 * @param snapId the snapshot's id, which reads at the snapshot name
 * @param stamp when it was taken
 * @param name its name
 */
public record PoolSnapshot(long snapId, UTime stamp, String name) {
  public PoolSnapshot {
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(name, "name");
  }

  /** Reads one {@code pool_snap_info_t}. */
  static PoolSnapshot decode(CephDecoder d) {
    VersionedStruct s = d.startStruct("pool_snap_info_t", 2);
    long id = d.u64();
    UTime stamp = UTime.decode(d);
    String name = d.string();
    d.endStruct(s);
    return new PoolSnapshot(id, stamp, name);
  }
}
