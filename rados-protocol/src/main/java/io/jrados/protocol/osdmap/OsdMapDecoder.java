package io.jrados.protocol.osdmap;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.encoding.VersionedStruct;
import io.jrados.protocol.msgr2.Crc32c;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Decodes a full OSDMap (Ceph's {@code OSDMap::decode}): a wrapper struct (v8, compat 7) holding
 * the client-usable part, the OSD-only part and a CRC32C of everything but itself.
 *
 * <p>The client part is read whole. Of the OSD-only part only the ratios and the release
 * requirements are kept; the per-OSD heartbeat addresses, uuids and extended info before them are
 * walked over, and anything after them is skipped by the struct length.
 */
final class OsdMapDecoder {
  /** The newest client part known: Pacific writes 9, Reef 10 (pg_upmap_primaries). */
  private static final int CLIENT_SUPPORTED = 10;

  /** An OSD id is an s32; no real cluster has a million OSDs. */
  static final int MAX_OSD_LIMIT = 1 << 20;

  private OsdMapDecoder() {}

  static OsdMapState decodeFull(ByteBuf buf) {
    int start = buf.readerIndex();
    CephDecoder d = new CephDecoder(buf);
    VersionedStruct wrapper = d.startStruct("OSDMap", 8);
    if (wrapper.version() < 7) {
      throw new ProtocolException(
          "OSDMap: struct_v "
              + wrapper.version()
              + " is the pre-Giant classic encoding; not"
              + " supported");
    }
    OsdMapState m = new OsdMapState();
    decodeClientPart(d, m);
    decodeOsdPart(d, m);
    if (wrapper.version() >= 8) {
      int crcAt = buf.readerIndex();
      long expected = d.u32();
      int tailAt = buf.readerIndex();
      d.endStruct(wrapper);
      int actual = Crc32c.compute(-1, buf, start, crcAt - start);
      actual = Crc32c.compute(actual, buf, tailAt, buf.readerIndex() - tailAt);
      if (Integer.toUnsignedLong(actual) != expected) {
        throw new ProtocolException(
            String.format(
                "OSDMap epoch %d: bad crc, computed 0x%08x, the map says 0x%08x",
                m.epoch, actual, expected));
      }
    } else {
      d.endStruct(wrapper);
    }
    return m;
  }

  private static void decodeClientPart(CephDecoder d, OsdMapState m) {
    VersionedStruct s = d.startStruct("OSDMap client data", CLIENT_SUPPORTED);
    int v = s.version();
    m.fsid = d.uuid();
    m.epoch = d.u32();
    m.created = UTime.decode(d);
    m.modified = UTime.decode(d);
    m.pools = new TreeMap<>(d.map(8 + 6, CephDecoder::s64, PgPool::decode));
    m.poolNames = new TreeMap<>(d.map(8 + 4, CephDecoder::s64, CephDecoder::string));
    m.poolMax = d.s32();
    m.flags = d.u32();
    m.maxOsd = d.s32();
    if (m.maxOsd < 0 || m.maxOsd > MAX_OSD_LIMIT) {
      throw new ProtocolException("OSDMap: max_osd " + m.maxOsd + " outside 0.." + MAX_OSD_LIMIT);
    }
    m.osdState = v >= 5 ? OsdMapWire.u32Array(d) : u8Array(d);
    m.osdWeight = OsdMapWire.u32Array(d);
    m.clientAddrs = new ArrayList<>(d.list(1, EntityAddrVec::decode));
    checkLength("osd_state", m.osdState.length, m.maxOsd);
    checkLength("osd_weight", m.osdWeight.length, m.maxOsd);
    checkLength("client_addrs", m.clientAddrs.size(), m.maxOsd);
    m.pgTemp = OsdMapWire.pgToOsds(d);
    m.primaryTemp = OsdMapWire.pgToOsd(d);
    if (v >= 2) {
      int[] affinity = OsdMapWire.u32Array(d);
      if (affinity.length > 0) {
        checkLength("osd_primary_affinity", affinity.length, m.maxOsd);
        m.primaryAffinity = affinity;
      }
    }
    m.crush = d.bufferlist();
    if (v >= 3) {
      m.erasureCodeProfiles = new TreeMap<>(OsdMapWire.profiles(d));
    }
    if (v >= 4) {
      m.pgUpmap = OsdMapWire.pgToOsds(d);
      m.pgUpmapItems = OsdMapWire.pgToUpmapItems(d);
    }
    if (v >= 6) {
      m.crushVersion = d.s32();
    }
    if (v >= 7) {
      OsdMapWire.skipSnapIntervals(d); // new_removed_snaps
      OsdMapWire.skipSnapIntervals(d); // new_purged_snaps
    }
    if (v >= 9) {
      m.lastUpChange = UTime.decode(d);
      m.lastInChange = UTime.decode(d);
    }
    if (v >= 10) {
      m.pgUpmapPrimaries = OsdMapWire.pgToOsd(d);
    }
    d.endStruct(s);
  }

  /** Walks the OSD-only part up to the release requirements; the rest is skipped. */
  private static void decodeOsdPart(CephDecoder d, OsdMapState m) {
    VersionedStruct s = d.startStruct("OSDMap osd-only data", 255);
    int v = s.version();
    d.list(1, EntityAddrVec::decode); // hb_back_addrs
    d.list(25, x -> x.bytes(25)); // osd_info_t: u8 version and six epochs
    OsdMapWire.skipMap(
        d,
        1 + 8,
        x -> {
          EntityAddr.decode(x);
          UTime.decode(x);
        }); // blocklist
    d.list(1, EntityAddrVec::decode); // cluster_addrs
    d.u32(); // cluster_snapshot_epoch
    d.string(); // cluster_snapshot
    d.list(16, CephDecoder::uuid); // osd_uuid
    OsdMapWire.skipMap(d, 6, x -> OsdMapWire.skipStruct(x, "osd_xinfo_t"));
    d.list(1, EntityAddrVec::decode); // hb_front_addrs
    if (v >= 2) {
      m.nearfullRatio = Float.intBitsToFloat(d.s32());
      m.fullRatio = Float.intBitsToFloat(d.s32());
    }
    if (v >= 3) {
      m.backfillfullRatio = Float.intBitsToFloat(d.s32());
    }
    if (v >= 5) {
      m.requireMinCompatClient = d.u8();
      m.requireOsdRelease = d.u8();
    }
    d.endStruct(s);
  }

  private static int[] u8Array(CephDecoder d) {
    List<Integer> values = d.list(1, CephDecoder::u8);
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  private static void checkLength(String field, int length, int maxOsd) {
    if (length != maxOsd) {
      throw new ProtocolException(
          "OSDMap: " + field + " has " + length + " entries but max_osd is " + maxOsd);
    }
  }
}
