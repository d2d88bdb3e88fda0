package io.jrados.protocol.osdmap;

import io.jrados.protocol.crush.CrushHash;
import io.jrados.protocol.crush.CrushMap;
import io.jrados.protocol.crush.CrushMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ceph's pg-to-OSD pipeline ({@code OSDMap::_pg_to_up_acting_osds}): CRUSH, then nonexistent OSDs
 * removed, the upmaps applied, down OSDs removed, primary affinity, and the temp overrides.
 * Replicated pools compact their lists; erasure-coded pools keep positions, with {@code NONE}
 * holes.
 */
final class Placement {
  private static final int NONE = PgMapping.NONE;

  private final OsdMap map;
  private final CrushMap crush;
  private final int[] weights;

  /** Mappings by pg and placement seed; a map is immutable, so they never go stale. */
  private final ConcurrentHashMap<Key, PgMapping> cache = new ConcurrentHashMap<>();

  /** One per map: the weights CRUSH takes are copied once, not per pg. */
  Placement(OsdMap map, CrushMap crush) {
    this.map = map;
    this.crush = crush;
    this.weights = map.weights();
  }

  PgMapping map(PgId raw) {
    PgPool pool = map.poolOrNull(raw.pool());
    if (pool == null) {
      return new PgMapping(raw, raw, List.of(), -1, List.of(), -1, false);
    }
    PgId pg = pool.rawPgToPg(raw);
    int pps = pps(pool, raw);
    // Everything past the raw seed depends only on the actual pg and the placement seed: the
    // objects of one pg share one computation (an op would otherwise run CRUSH every time).
    // A lookup first: computeIfAbsent would take the bin's lock and a new lambda on every op. Two
    // threads missing at once both compute; the mapping is the same, and the first one stays.
    Key key = new Key(pg, pps);
    PgMapping m = cache.get(key);
    if (m == null) {
      m = compute(pool, raw, pg, pps);
      PgMapping first = cache.putIfAbsent(key, m);
      if (first != null) {
        m = first;
      }
    }
    return m.rawPg().equals(raw)
        ? m
        : new PgMapping(
            raw, m.pgid(), m.up(), m.upPrimary(), m.acting(), m.actingPrimary(), m.erasure());
  }

  /**
   * What a mapping depends on besides the raw seed. Its equals and hashCode are written out: the
   * record's generated ones go through method handles, which C1 (the command-line JIT) does not
   * inline, and every op looks its pg up here.
   */
  private record Key(PgId pg, int pps) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && pps == other.pps && pg.equals(other.pg);
    }

    @Override
    public int hashCode() {
      return pg.hashCode() * 31 + pps;
    }
  }

  private PgMapping compute(PgPool pool, PgId raw, PgId pg, int pps) {
    List<Integer> temp = new ArrayList<>();
    int tempPrimary = tempOsds(pool, pg, temp);
    List<Integer> osds = rawOsds(pool, raw, pps);
    applyUpmap(pool, pg, osds);
    List<Integer> up = rawToUp(pool, osds);
    int[] upPrimary = {pickPrimary(up)};
    applyPrimaryAffinity(pps, pool, up, upPrimary);
    List<Integer> acting = temp;
    int actingPrimary = tempPrimary;
    if (acting.isEmpty()) {
      acting = up;
      if (actingPrimary == -1) {
        actingPrimary = upPrimary[0];
      }
    }
    return new PgMapping(raw, pg, up, upPrimary[0], acting, actingPrimary, pool.isErasure());
  }

  /**
   * The placement seed CRUSH sees: the seed folded by pgp_num, hashed with the pool id when the
   * pool has HASHPSPOOL, else (legacy) plus the pool id, so that pools overlap.
   */
  static int pps(PgPool pool, PgId raw) {
    int folded = PgPool.stableMod(raw.seed(), pool.pgpNum(), pool.pgpNumMask());
    if (pool.hasFlag(PgPool.FLAG_HASHPSPOOL)) {
      return CrushHash.hash32(CrushHash.RJENKINS1, folded, (int) raw.pool());
    }
    return folded + (int) raw.pool();
  }

  /** CRUSH's choice for the pg, less OSDs that do not exist. */
  private List<Integer> rawOsds(PgPool pool, PgId raw, int pps) {
    List<Integer> out = new ArrayList<>();
    int rule = crush.findRule(pool.crushRule(), pool.type(), pool.size());
    if (rule >= 0) {
      int[] result = new int[pool.size()];
      int n = CrushMapper.doRule(crush, rule, pps, result, pool.size(), weights, raw.pool());
      for (int i = 0; i < n; i++) {
        out.add(result[i]);
      }
    }
    if (pool.canShiftOsds()) {
      out.removeIf(osd -> !map.exists(osd));
    } else {
      out.replaceAll(osd -> map.exists(osd) ? osd : NONE);
    }
    return out;
  }

  /**
   * pg_upmap replaces the whole set unless a target is marked out; then each pg_upmap_items pair
   * replaces its first OSD where it appears, unless the target is already in the set or marked out;
   * then a pg_upmap_primaries entry (Reef) swaps its OSD to the front.
   */
  void applyUpmap(PgPool pool, PgId pg, List<Integer> raw) {
    List<Integer> explicit = map.pgUpmap().get(pg);
    if (explicit != null && explicit.stream().noneMatch(this::isMarkedOut)) {
      raw.clear();
      raw.addAll(explicit);
    }
    List<UpmapItem> items = map.pgUpmapItems().get(pg);
    if (items != null) {
      for (UpmapItem item : items) {
        boolean present = false;
        int pos = -1;
        for (int i = 0; i < raw.size(); i++) {
          int osd = raw.get(i);
          if (osd == item.to()) {
            present = true;
            break;
          }
          if (osd == item.from() && pos < 0 && !isMarkedOut(item.to())) {
            pos = i;
          }
        }
        if (!present && pos >= 0) {
          raw.set(pos, item.to());
        }
      }
    }
    Integer primary = map.pgUpmapPrimaries().get(pg);
    if (primary != null
        && primary != NONE
        && primary >= 0
        && primary < map.maxOsd()
        && map.weight(primary) != 0) {
      int at = raw.subList(1, Math.max(1, raw.size())).indexOf(primary);
      if (raw.size() > 1 && at >= 0) {
        raw.set(at + 1, raw.get(0));
        raw.set(0, primary);
      }
    }
  }

  /** An OSD id of the map whose weight is 0: upmaps never send data there. */
  private boolean isMarkedOut(int osd) {
    return osd != NONE && osd >= 0 && osd < map.maxOsd() && map.weight(osd) == 0;
  }

  private List<Integer> rawToUp(PgPool pool, List<Integer> raw) {
    List<Integer> up = new ArrayList<>(raw.size());
    for (int osd : raw) {
      boolean usable = map.exists(osd) && map.isUp(osd);
      if (usable) {
        up.add(osd);
      } else if (!pool.canShiftOsds()) {
        up.add(NONE);
      }
    }
    return up;
  }

  private static int pickPrimary(List<Integer> osds) {
    for (int osd : osds) {
      if (osd != NONE) {
        return osd;
      }
    }
    return -1;
  }

  /**
   * Lets OSDs with a primary affinity below 1.0 decline being primary for a share of pgs: an OSD is
   * skipped when a hash of the pg and the OSD lands above its affinity. The first OSD that does not
   * decline becomes primary (or, if all decline, the first that declined); replicated pools move it
   * to the front.
   */
  private void applyPrimaryAffinity(int pps, PgPool pool, List<Integer> osds, int[] primary) {
    if (!map.hasPrimaryAffinity()) {
      return;
    }
    boolean any = false;
    for (int osd : osds) {
      if (osd != NONE && map.primaryAffinity(osd) != OsdMap.DEFAULT_PRIMARY_AFFINITY) {
        any = true;
        break;
      }
    }
    if (!any) {
      return;
    }
    int pos = -1;
    for (int i = 0; i < osds.size(); i++) {
      int osd = osds.get(i);
      if (osd == NONE) {
        continue;
      }
      long affinity = Integer.toUnsignedLong(map.primaryAffinity(osd));
      long draw = Integer.toUnsignedLong(CrushHash.hash32(CrushHash.RJENKINS1, pps, osd)) >>> 16;
      if (affinity < OsdMap.DEFAULT_PRIMARY_AFFINITY && draw >= affinity) {
        if (pos < 0) {
          pos = i;
        }
      } else {
        pos = i;
        break;
      }
    }
    if (pos < 0) {
      return;
    }
    primary[0] = osds.get(pos);
    if (pool.canShiftOsds() && pos > 0) {
      osds.remove(pos);
      osds.add(0, primary[0]);
    }
  }

  /**
   * pg_temp, less OSDs that are gone or down (NONE holes for erasure-coded pools), and the primary:
   * primary_temp if set, else the first OSD of the pg_temp; -1 if neither.
   */
  private int tempOsds(PgPool pool, PgId pg, List<Integer> out) {
    List<Integer> temp = map.pgTemp().get(pg);
    if (temp != null) {
      for (int osd : temp) {
        if (!map.exists(osd) || map.isDown(osd)) {
          if (!pool.canShiftOsds()) {
            out.add(NONE);
          }
        } else {
          out.add(osd);
        }
      }
    }
    Integer primaryTemp = map.primaryTemp().get(pg);
    if (primaryTemp != null) {
      return primaryTemp;
    }
    return pickPrimary(out);
  }
}
