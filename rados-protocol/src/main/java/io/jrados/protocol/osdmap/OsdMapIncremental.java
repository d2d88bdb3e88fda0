package io.jrados.protocol.osdmap;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.encoding.VersionedStruct;
import io.jrados.protocol.msgr2.Crc32c;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The changes from one OSDMap epoch to the next (Ceph's {@code OSDMap::Incremental}), the client
 * part in full plus the ratios and release requirements of the OSD-only part. Apply it with {@link
 * OsdMap#apply}. "No change" markers are kept as Ceph writes them: -1 for {@code newPoolMax},
 * {@code newFlags}, {@code newMaxOsd} and the ratios, 0xff for the release requirements, empty
 * arrays for {@code fullMap} and {@code crush}.
 *
 * <p>Collections are unmodifiable; the byte arrays are owned by the record and must not be
 * modified.
 */
public record OsdMapIncremental(
    UUID fsid,
    long epoch,
    UTime modified,
    long newPoolMax,
    long newFlags,
    byte[] fullMap,
    byte[] crush,
    int newMaxOsd,
    SortedMap<Long, PgPool> newPools,
    SortedMap<Long, String> newPoolNames,
    List<Long> oldPools,
    SortedMap<Integer, EntityAddrVec> newUpClient,
    SortedMap<Integer, Integer> newState,
    SortedMap<Integer, Integer> newWeight,
    SortedMap<PgId, List<Integer>> newPgTemp,
    SortedMap<PgId, Integer> newPrimaryTemp,
    SortedMap<Integer, Integer> newPrimaryAffinity,
    SortedMap<String, Map<String, String>> newErasureCodeProfiles,
    List<String> oldErasureCodeProfiles,
    SortedMap<PgId, List<Integer>> newPgUpmap,
    List<PgId> oldPgUpmap,
    SortedMap<PgId, List<UpmapItem>> newPgUpmapItems,
    List<PgId> oldPgUpmapItems,
    SortedMap<PgId, Integer> newPgUpmapPrimary,
    List<PgId> oldPgUpmapPrimary,
    UTime newLastUpChange,
    UTime newLastInChange,
    float newNearfullRatio,
    float newFullRatio,
    float newBackfillfullRatio,
    int newRequireMinCompatClient,
    int newRequireOsdRelease) {

  private static final int CLIENT_SUPPORTED = 9;

  /**
   * Decodes an incremental from the reader index of {@code buf}, advancing it, and checks its CRC.
   *
   * @throws ProtocolException if it is malformed, truncated, of the classic (pre-Giant) encoding,
   *     or fails its CRC
   */
  public static OsdMapIncremental decode(ByteBuf buf) {
    int start = buf.readerIndex();
    CephDecoder d = new CephDecoder(buf);
    VersionedStruct wrapper = d.startStruct("OSDMap::Incremental", 8);
    if (wrapper.version() < 7) {
      throw new ProtocolException(
          "OSDMap::Incremental: struct_v "
              + wrapper.version()
              + " is the pre-Giant classic encoding; not supported");
    }
    VersionedStruct s = d.startStruct("OSDMap::Incremental client data", CLIENT_SUPPORTED);
    int v = s.version();
    UUID fsid = d.uuid();
    long epoch = d.u32();
    UTime modified = UTime.decode(d);
    long newPoolMax = d.s64();
    long newFlags = d.s32();
    byte[] fullMap = d.bufferlist();
    byte[] crush = d.bufferlist();
    int newMaxOsd = d.s32();
    if (newMaxOsd > OsdMapDecoder.MAX_OSD_LIMIT) {
      throw new ProtocolException(
          "OSDMap::Incremental: new_max_osd "
              + newMaxOsd
              + " above "
              + OsdMapDecoder.MAX_OSD_LIMIT);
    }
    SortedMap<Long, PgPool> newPools =
        new TreeMap<>(d.map(8 + 6, CephDecoder::s64, PgPool::decode));
    SortedMap<Long, String> newPoolNames =
        new TreeMap<>(d.map(8 + 4, CephDecoder::s64, CephDecoder::string));
    List<Long> oldPools = d.list(8, CephDecoder::s64);
    SortedMap<Integer, EntityAddrVec> newUpClient =
        new TreeMap<>(d.map(4 + 1, CephDecoder::s32, EntityAddrVec::decode));
    SortedMap<Integer, Integer> newState =
        v >= 5
            ? new TreeMap<>(d.map(8, CephDecoder::s32, CephDecoder::s32))
            : new TreeMap<>(d.map(5, CephDecoder::s32, CephDecoder::u8));
    SortedMap<Integer, Integer> newWeight =
        new TreeMap<>(d.map(8, CephDecoder::s32, CephDecoder::s32));
    SortedMap<PgId, List<Integer>> newPgTemp = OsdMapWire.pgToOsds(d);
    SortedMap<PgId, Integer> newPrimaryTemp = OsdMapWire.pgToOsd(d);
    SortedMap<Integer, Integer> newPrimaryAffinity =
        v >= 2 ? new TreeMap<>(d.map(8, CephDecoder::s32, CephDecoder::s32)) : new TreeMap<>();
    SortedMap<String, Map<String, String>> newProfiles = new TreeMap<>();
    List<String> oldProfiles = List.of();
    if (v >= 3) {
      newProfiles = OsdMapWire.profiles(d);
      oldProfiles = d.list(OsdMapWire.MIN_STRING, CephDecoder::string);
    }
    SortedMap<PgId, List<Integer>> newPgUpmap = new TreeMap<>();
    List<PgId> oldPgUpmap = List.of();
    SortedMap<PgId, List<UpmapItem>> newPgUpmapItems = new TreeMap<>();
    List<PgId> oldPgUpmapItems = List.of();
    if (v >= 4) {
      newPgUpmap = OsdMapWire.pgToOsds(d);
      oldPgUpmap = OsdMapWire.pgList(d);
      newPgUpmapItems = OsdMapWire.pgToUpmapItems(d);
      oldPgUpmapItems = OsdMapWire.pgList(d);
    }
    if (v >= 6) {
      OsdMapWire.skipSnapIntervals(d); // new_removed_snaps
      OsdMapWire.skipSnapIntervals(d); // new_purged_snaps
    }
    UTime newLastUpChange = UTime.ZERO;
    UTime newLastInChange = UTime.ZERO;
    if (v >= 8) {
      newLastUpChange = UTime.decode(d);
      newLastInChange = UTime.decode(d);
    }
    SortedMap<PgId, Integer> newPgUpmapPrimary = new TreeMap<>();
    List<PgId> oldPgUpmapPrimary = List.of();
    if (v >= 9) {
      newPgUpmapPrimary = OsdMapWire.pgToOsd(d);
      oldPgUpmapPrimary = OsdMapWire.pgList(d);
    }
    d.endStruct(s);

    float[] ratios = {-1, -1, -1};
    int[] releases = {0, 0};
    decodeOsdPart(d, ratios, releases);
    if (wrapper.version() >= 8) {
      int crcAt = buf.readerIndex();
      long expected = d.u32();
      int tailAt = buf.readerIndex();
      d.u32(); // full_crc: the CRC of the full map this produces, as the mon encoded it
      d.endStruct(wrapper);
      int actual = Crc32c.compute(-1, buf, start, crcAt - start);
      actual = Crc32c.compute(actual, buf, tailAt, buf.readerIndex() - tailAt);
      if (Integer.toUnsignedLong(actual) != expected) {
        throw new ProtocolException(
            String.format(
                "OSDMap::Incremental epoch %d: bad crc, computed 0x%08x, it says 0x%08x",
                epoch, actual, expected));
      }
    } else {
      d.endStruct(wrapper);
    }
    return new OsdMapIncremental(
        fsid,
        epoch,
        modified,
        newPoolMax,
        newFlags,
        fullMap,
        crush,
        newMaxOsd,
        newPools,
        newPoolNames,
        oldPools,
        newUpClient,
        newState,
        newWeight,
        newPgTemp,
        newPrimaryTemp,
        newPrimaryAffinity,
        newProfiles,
        oldProfiles,
        newPgUpmap,
        oldPgUpmap,
        newPgUpmapItems,
        oldPgUpmapItems,
        newPgUpmapPrimary,
        oldPgUpmapPrimary,
        newLastUpChange,
        newLastInChange,
        ratios[0],
        ratios[1],
        ratios[2],
        releases[0],
        releases[1]);
  }

  /** Walks the OSD-only part up to the release requirements; the rest is skipped. */
  private static void decodeOsdPart(CephDecoder d, float[] ratios, int[] releases) {
    VersionedStruct s = d.startStruct("OSDMap::Incremental osd-only data", 255);
    int v = s.version();
    OsdMapWire.skipMap(d, 5, x -> addrvecEntry(x)); // new_hb_back_up
    OsdMapWire.skipMap(d, 8, x -> x.skip(8)); // new_up_thru
    OsdMapWire.skipMap(d, 12, x -> x.skip(12)); // new_last_clean_interval
    OsdMapWire.skipMap(d, 8, x -> x.skip(8)); // new_lost
    OsdMapWire.skipMap(
        d,
        1 + 8,
        x -> {
          EntityAddr.decode(x);
          UTime.decode(x);
        }); // new_blocklist
    d.list(1, EntityAddr::decode); // old_blocklist
    OsdMapWire.skipMap(d, 5, x -> addrvecEntry(x)); // new_up_cluster
    d.string(); // cluster_snapshot
    OsdMapWire.skipMap(d, 20, x -> x.skip(20)); // new_uuid
    OsdMapWire.skipMap(
        d,
        4 + 6,
        x -> {
          x.s32();
          OsdMapWire.skipStruct(x, "osd_xinfo_t");
        }); // new_xinfo
    OsdMapWire.skipMap(d, 5, x -> addrvecEntry(x)); // new_hb_front_up
    if (v >= 2) {
      d.u64(); // encode_features
    }
    if (v >= 3) {
      ratios[0] = Float.intBitsToFloat(d.s32());
      ratios[1] = Float.intBitsToFloat(d.s32());
    }
    if (v >= 4) {
      ratios[2] = Float.intBitsToFloat(d.s32());
    }
    if (v == 5) {
      d.string(); // the string form of require_min_compat_client, Luminous only
    }
    if (v >= 6) {
      releases[0] = d.u8();
      releases[1] = d.u8();
    }
    d.endStruct(s);
  }

  private static void addrvecEntry(CephDecoder x) {
    x.s32();
    EntityAddrVec.decode(x);
  }

  /** Whether the mon sent the whole map instead of changes. */
  public boolean hasFullMap() {
    return fullMap.length > 0;
  }

  @Override
  public String toString() {
    return "OsdMapIncremental[e"
        + epoch
        + ", fsid "
        + fsid
        + (hasFullMap() ? ", full map" : "")
        + "]";
  }
}
