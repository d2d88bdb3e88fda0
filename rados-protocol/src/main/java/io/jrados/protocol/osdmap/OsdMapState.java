package io.jrados.protocol.osdmap;

import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.UTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The mutable fields of an OSDMap while it is decoded or while an incremental is applied; {@link
 * OsdMap} is the frozen copy. Package-private: nothing outside builds maps by hand.
 */
final class OsdMapState {
  UUID fsid;
  long epoch;
  UTime created = UTime.ZERO;
  UTime modified = UTime.ZERO;
  SortedMap<Long, PgPool> pools = new TreeMap<>();
  SortedMap<Long, String> poolNames = new TreeMap<>();
  long poolMax;
  long flags;
  int maxOsd;
  int[] osdState = new int[0];
  int[] osdWeight = new int[0];
  List<EntityAddrVec> clientAddrs = new ArrayList<>();
  SortedMap<PgId, List<Integer>> pgTemp = new TreeMap<>();
  SortedMap<PgId, Integer> primaryTemp = new TreeMap<>();

  /** Null when every OSD has the default affinity, as in Ceph. */
  int[] primaryAffinity;

  byte[] crush = new byte[0];
  SortedMap<String, Map<String, String>> erasureCodeProfiles = new TreeMap<>();
  SortedMap<PgId, List<Integer>> pgUpmap = new TreeMap<>();
  SortedMap<PgId, List<UpmapItem>> pgUpmapItems = new TreeMap<>();
  SortedMap<PgId, Integer> pgUpmapPrimaries = new TreeMap<>();
  long crushVersion;
  UTime lastUpChange = UTime.ZERO;
  UTime lastInChange = UTime.ZERO;
  float nearfullRatio;
  float fullRatio;
  float backfillfullRatio;
  int requireMinCompatClient;
  int requireOsdRelease;

  /** Ceph's {@code set_max_osd}: new slots are absent, out and of default affinity. */
  void setMaxOsd(int m) {
    int old = maxOsd;
    maxOsd = m;
    osdState = Arrays.copyOf(osdState, m);
    osdWeight = Arrays.copyOf(osdWeight, m);
    while (clientAddrs.size() > m) {
      clientAddrs.remove(clientAddrs.size() - 1);
    }
    while (clientAddrs.size() < m) {
      clientAddrs.add(EntityAddrVec.EMPTY);
    }
    if (primaryAffinity != null) {
      primaryAffinity = Arrays.copyOf(primaryAffinity, m);
      for (int i = old; i < m; i++) {
        primaryAffinity[i] = OsdMap.DEFAULT_PRIMARY_AFFINITY;
      }
    }
  }

  /** Ceph's {@code set_primary_affinity}: creates the vector on first use. */
  void setPrimaryAffinity(int osd, int affinity) {
    if (primaryAffinity == null) {
      primaryAffinity = new int[maxOsd];
      Arrays.fill(primaryAffinity, OsdMap.DEFAULT_PRIMARY_AFFINITY);
    }
    primaryAffinity[osd] = affinity;
  }

  /** A copy whose collections can be changed without touching this one. */
  OsdMapState mutableCopy() {
    OsdMapState c = new OsdMapState();
    c.fsid = fsid;
    c.epoch = this.epoch;
    c.created = this.created;
    c.modified = this.modified;
    c.pools = new TreeMap<>(this.pools);
    c.poolNames = new TreeMap<>(this.poolNames);
    c.poolMax = this.poolMax;
    c.flags = this.flags;
    c.maxOsd = this.maxOsd;
    c.osdState = this.osdState.clone();
    c.osdWeight = this.osdWeight.clone();
    c.clientAddrs = new ArrayList<>(this.clientAddrs);
    c.pgTemp = new TreeMap<>(this.pgTemp);
    c.primaryTemp = new TreeMap<>(this.primaryTemp);
    c.primaryAffinity = this.primaryAffinity == null ? null : this.primaryAffinity.clone();
    c.crush = this.crush;
    c.erasureCodeProfiles = new TreeMap<>(this.erasureCodeProfiles);
    c.pgUpmap = new TreeMap<>(this.pgUpmap);
    c.pgUpmapItems = new TreeMap<>(this.pgUpmapItems);
    c.pgUpmapPrimaries = new TreeMap<>(this.pgUpmapPrimaries);
    c.crushVersion = this.crushVersion;
    c.lastUpChange = this.lastUpChange;
    c.lastInChange = this.lastInChange;
    c.nearfullRatio = this.nearfullRatio;
    c.fullRatio = this.fullRatio;
    c.backfillfullRatio = this.backfillfullRatio;
    c.requireMinCompatClient = this.requireMinCompatClient;
    c.requireOsdRelease = this.requireOsdRelease;
    return c;
  }

  /** Whether every field equals {@code b}'s. */
  boolean sameFields(OsdMapState b) {
    OsdMapState a = this;
    return a.fsid.equals(b.fsid)
        && a.epoch == b.epoch
        && a.created.equals(b.created)
        && a.modified.equals(b.modified)
        && a.pools.equals(b.pools)
        && a.poolNames.equals(b.poolNames)
        && a.poolMax == b.poolMax
        && a.flags == b.flags
        && a.maxOsd == b.maxOsd
        && Arrays.equals(a.osdState, b.osdState)
        && Arrays.equals(a.osdWeight, b.osdWeight)
        && a.clientAddrs.equals(b.clientAddrs)
        && a.pgTemp.equals(b.pgTemp)
        && a.primaryTemp.equals(b.primaryTemp)
        && Arrays.equals(a.primaryAffinity, b.primaryAffinity)
        && Arrays.equals(a.crush, b.crush)
        && a.erasureCodeProfiles.equals(b.erasureCodeProfiles)
        && a.pgUpmap.equals(b.pgUpmap)
        && a.pgUpmapItems.equals(b.pgUpmapItems)
        && a.pgUpmapPrimaries.equals(b.pgUpmapPrimaries)
        && a.crushVersion == b.crushVersion
        && a.lastUpChange.equals(b.lastUpChange)
        && a.lastInChange.equals(b.lastInChange)
        && a.nearfullRatio == b.nearfullRatio
        && a.fullRatio == b.fullRatio
        && a.backfillfullRatio == b.backfillfullRatio
        && a.requireMinCompatClient == b.requireMinCompatClient
        && a.requireOsdRelease == b.requireOsdRelease;
  }
}
