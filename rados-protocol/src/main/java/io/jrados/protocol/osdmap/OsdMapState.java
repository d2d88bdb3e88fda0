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
}
