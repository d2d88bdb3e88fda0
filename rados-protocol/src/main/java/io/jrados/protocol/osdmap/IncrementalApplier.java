package io.jrados.protocol.osdmap;

import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.UTime;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Map;

/**
 * Ceph's {@code OSDMap::apply_incremental}, for the fields a client keeps, in Ceph's order: flags,
 * max_osd, pools, names, weights, affinities, profiles, states, addresses, temps, upmaps, ratios
 * and releases, and the CRUSH map last.
 */
final class IncrementalApplier {
  /** {@code ceph_release_t} numbers the flag rules below depend on. */
  private static final int LUMINOUS = 12;

  private static final int NAUTILUS = 14;

  /** REQUIRE_JEWEL, REQUIRE_KRAKEN and REQUIRE_LUMINOUS: dropped once Luminous is required. */
  private static final long LEGACY_REQUIRE_FLAGS = (1L << 16) | (1L << 17) | (1L << 18);

  /** What an incremental's release fields hold when they do not change. */
  static final int NO_RELEASE_CHANGE = 0xff;

  private static final long RECOVERY_DELETES = 1L << 19;

  private static final long PGLOG_HARDLIMIT = 1L << 22;

  private IncrementalApplier() {}

  static OsdMapState apply(OsdMap map, OsdMapIncremental inc) {
    if (!inc.fsid().equals(map.fsid())) {
      throw new IllegalArgumentException(
          "incremental for epoch "
              + inc.epoch()
              + " is for cluster "
              + inc.fsid()
              + ", this map is of "
              + map.fsid());
    }
    if (inc.epoch() != map.epoch() + 1) {
      throw new IllegalArgumentException(
          "incremental for epoch "
              + inc.epoch()
              + " cannot apply to epoch "
              + map.epoch()
              + ": it needs epoch "
              + (inc.epoch() - 1));
    }
    if (inc.hasFullMap()) {
      OsdMapState full = OsdMapDecoder.decodeFull(Unpooled.wrappedBuffer(inc.fullMap()));
      if (full.epoch != inc.epoch() || !full.fsid.equals(inc.fsid())) {
        throw new io.jrados.protocol.ProtocolException(
            "incremental "
                + inc.epoch()
                + " embeds the full map of epoch "
                + full.epoch
                + " of cluster "
                + full.fsid);
      }
      return full;
    }
    OsdMapState m = map.mutableCopy();
    m.epoch = inc.epoch();
    m.modified = inc.modified();
    if (inc.newFlags() >= 0) {
      m.flags = inc.newFlags();
    }
    if (inc.newMaxOsd() >= 0) {
      m.setMaxOsd(inc.newMaxOsd());
    }
    if (inc.newPoolMax() != -1) {
      m.poolMax = inc.newPoolMax();
    }
    inc.newPools().forEach((id, pool) -> m.pools.put(id, pool.withLastChange(m.epoch)));
    if (!inc.newLastUpChange().equals(UTime.ZERO)) {
      m.lastUpChange = inc.newLastUpChange();
    }
    if (!inc.newLastInChange().equals(UTime.ZERO)) {
      m.lastInChange = inc.newLastInChange();
    }
    m.poolNames.putAll(inc.newPoolNames());
    for (long id : inc.oldPools()) {
      m.pools.remove(id);
      m.poolNames.remove(id);
    }
    inc.newWeight()
        .forEach(
            (osd, weight) -> {
              int i = OsdMapWire.osdIndex(osd, m.maxOsd, "new_weight");
              m.osdWeight[i] = weight;
              if (weight != 0) {
                m.osdState[i] &= ~(OsdMap.STATE_AUTOOUT | OsdMap.STATE_NEW);
              }
            });
    inc.newPrimaryAffinity()
        .forEach(
            (osd, a) ->
                m.setPrimaryAffinity(
                    OsdMapWire.osdIndex(osd, m.maxOsd, "new_primary_affinity"), a));
    for (String name : inc.oldErasureCodeProfiles()) {
      m.erasureCodeProfiles.remove(name);
    }
    m.erasureCodeProfiles.putAll(inc.newErasureCodeProfiles());
    applyStates(m, inc);
    inc.newPgTemp()
        .forEach(
            (pg, osds) -> {
              if (osds.isEmpty()) {
                m.pgTemp.remove(pg);
              } else {
                m.pgTemp.put(pg, osds);
              }
            });
    inc.newPrimaryTemp()
        .forEach(
            (pg, osd) -> {
              if (osd == -1) {
                m.primaryTemp.remove(pg);
              } else {
                m.primaryTemp.put(pg, osd);
              }
            });
    m.pgUpmap.putAll(inc.newPgUpmap());
    removeAll(m.pgUpmap, inc.oldPgUpmap());
    m.pgUpmapItems.putAll(inc.newPgUpmapItems());
    removeAll(m.pgUpmapItems, inc.oldPgUpmapItems());
    m.pgUpmapPrimaries.putAll(inc.newPgUpmapPrimary());
    removeAll(m.pgUpmapPrimaries, inc.oldPgUpmapPrimary());
    if (inc.newNearfullRatio() >= 0) {
      m.nearfullRatio = inc.newNearfullRatio();
    }
    if (inc.newBackfillfullRatio() >= 0) {
      m.backfillfullRatio = inc.newBackfillfullRatio();
    }
    if (inc.newFullRatio() >= 0) {
      m.fullRatio = inc.newFullRatio();
    }
    if (isRelease(inc.newRequireMinCompatClient())) {
      m.requireMinCompatClient = inc.newRequireMinCompatClient();
    }
    if (isRelease(inc.newRequireOsdRelease())) {
      m.requireOsdRelease = inc.newRequireOsdRelease();
      if (m.requireOsdRelease >= LUMINOUS) {
        m.flags = (m.flags & ~LEGACY_REQUIRE_FLAGS) | RECOVERY_DELETES;
      }
      if (m.requireOsdRelease >= NAUTILUS) {
        m.flags |= PGLOG_HARDLIMIT;
      }
    }
    if (inc.crush().length > 0) {
      m.crush = inc.crush().clone();
      // The mon counts CRUSH versions only in Luminous-era maps; so must we, to stay in step.
      if (m.requireOsdRelease >= LUMINOUS) {
        m.crushVersion++;
      }
    }
    return m;
  }

  /**
   * new_state (XOR masks, where 0 means UP for historical reasons; clearing EXISTS destroys the
   * OSD's slot), then new_up_client (marks up and sets the addresses).
   */
  private static void applyStates(OsdMapState m, OsdMapIncremental inc) {
    inc.newState()
        .forEach(
            (osd, xor) -> {
              int i = OsdMapWire.osdIndex(osd, m.maxOsd, "new_state");
              int s = xor == 0 ? OsdMap.STATE_UP : xor;
              if ((m.osdState[i] & OsdMap.STATE_EXISTS) != 0 && (s & OsdMap.STATE_EXISTS) != 0) {
                m.setPrimaryAffinity(i, OsdMap.DEFAULT_PRIMARY_AFFINITY);
                m.clientAddrs.set(i, EntityAddrVec.EMPTY);
                m.osdState[i] = 0;
              } else {
                m.osdState[i] ^= s;
              }
            });
    inc.newUpClient()
        .forEach(
            (osd, addrs) -> {
              int i = OsdMapWire.osdIndex(osd, m.maxOsd, "new_up_client");
              m.osdState[i] |= OsdMap.STATE_EXISTS | OsdMap.STATE_UP;
              m.osdState[i] &= ~OsdMap.STATE_STOP;
              m.clientAddrs.set(i, addrs);
            });
  }

  /**
   * Whether a release field of an incremental names a release. Pacific's mon writes 0xff for "no
   * change" (seen in every captured incremental); 0 is "unknown", which never replaces a release.
   */
  private static boolean isRelease(int release) {
    return release > 0 && release != NO_RELEASE_CHANGE;
  }

  private static <V> void removeAll(Map<PgId, V> map, List<PgId> keys) {
    for (PgId pg : keys) {
      map.remove(pg);
    }
  }
}
