package io.jrados.protocol.osdmap;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Decoding pieces shared by the OSDMap, its incremental and pg_pool_t. */
final class OsdMapWire {
  /** The fewest bytes of a string: its length. */
  static final int MIN_STRING = 4;

  private OsdMapWire() {}

  /** Skips one versioned struct whole, by its length. */
  static void skipStruct(CephDecoder d, String name) {
    VersionedStruct s = d.startStruct(name, 255);
    d.endStruct(s);
  }

  /** Skips a {@code map<K, V>} whose entries this code does not need. */
  static void skipMap(
      CephDecoder d, int minEntrySize, java.util.function.Consumer<CephDecoder> entry) {
    d.list(
        minEntrySize,
        x -> {
          entry.accept(x);
          return Boolean.TRUE;
        });
  }

  /** {@code vector<s32>}. */
  static List<Integer> s32List(CephDecoder d) {
    return d.list(4, CephDecoder::s32);
  }

  /** {@code vector<u32>} as an int array (the values are weights or states). */
  static int[] u32Array(CephDecoder d) {
    List<Integer> values = d.list(4, CephDecoder::s32);
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** {@code map<pg_t, vector<s32>>}, sorted. */
  static SortedMap<PgId, List<Integer>> pgToOsds(CephDecoder d) {
    return new TreeMap<>(d.map(PgId.ENCODED_SIZE + 4, PgId::decode, OsdMapWire::s32List));
  }

  /** {@code map<pg_t, s32>}, sorted. */
  static SortedMap<PgId, Integer> pgToOsd(CephDecoder d) {
    return new TreeMap<>(d.map(PgId.ENCODED_SIZE + 4, PgId::decode, CephDecoder::s32));
  }

  /** {@code map<pg_t, vector<pair<s32, s32>>>}, sorted. */
  static SortedMap<PgId, List<UpmapItem>> pgToUpmapItems(CephDecoder d) {
    return new TreeMap<>(
        d.map(
            PgId.ENCODED_SIZE + 4,
            PgId::decode,
            x -> x.list(8, y -> new UpmapItem(y.s32(), y.s32()))));
  }

  /** {@code set<pg_t>} or {@code vector<pg_t>}. */
  static List<PgId> pgList(CephDecoder d) {
    return d.list(PgId.ENCODED_SIZE, PgId::decode);
  }

  /** {@code map<string, string>}. */
  static Map<String, String> stringMap(CephDecoder d) {
    return d.map(2 * MIN_STRING, CephDecoder::string, CephDecoder::string);
  }

  /** {@code map<string, map<string, string>>}: erasure-code profiles, application metadata. */
  static SortedMap<String, Map<String, String>> profiles(CephDecoder d) {
    SortedMap<String, Map<String, String>> out = new TreeMap<>();
    d.map(2 * MIN_STRING, CephDecoder::string, OsdMapWire::stringMap).forEach(out::put);
    return Collections.unmodifiableSortedMap(out);
  }

  /** {@code map<s64, interval_set<snapid_t>>}: removed or purged snaps, skipped. */
  static void skipSnapIntervals(CephDecoder d) {
    skipMap(
        d,
        8 + 4,
        x -> {
          x.s64();
          skipMap(x, 16, y -> y.skip(16));
        });
  }

  /** An OSD id from the wire, checked against the map's {@code max_osd} before it indexes. */
  static int osdIndex(int osd, int maxOsd, String field) {
    if (osd < 0 || osd >= maxOsd) {
      throw new ProtocolException(field + ": osd " + osd + " outside the map's max_osd " + maxOsd);
    }
    return osd;
  }

  /** An immutable copy of a list of ints. */
  static List<Integer> copy(List<Integer> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
