package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Omap (per-object key/value store) ops. Their arguments and results are Ceph encodings in the
 * indata and outdata: strings, {@code u64} counts, {@code set<string>} and {@code map<string,
 * bufferlist>}. Reads that page ({@code get keys}, {@code get vals}) return a trailing {@code bool}
 * saying whether more entries follow.
 */
public final class OmapOps {
  private OmapOps() {}

  /**
   * The OSD's omap key order: Ceph keys are byte strings compared as unsigned bytes ({@code
   * std::string}'s order). For UTF-8 keys it is Unicode code point order.
   */
  public static final Comparator<byte[]> KEY_ORDER = Arrays::compareUnsigned;

  /** Keys from a {@link #getKeys} page, in order, and whether more follow. */
  public record Keys(List<String> keys, boolean more) {}

  /** Entries from a {@link #getVals} page, in key order, and whether more follow. */
  public record Vals(Map<String, byte[]> entries, boolean more) {}

  /** Keys from a {@link #getKeys} page as the OSD holds them (any bytes), in key order. */
  public record RawKeys(List<byte[]> keys, boolean more) {}

  /** Entries from a {@link #getVals} page with their keys' exact bytes, in key order. */
  public record RawVals(SortedMap<byte[], byte[]> entries, boolean more) {}

  /** OMAPGETKEYS: up to {@code max} keys after {@code startAfter} ("" from the start). */
  public static OsdOp getKeys(String startAfter, long max) {
    return getKeys(Indata.utf8(startAfter), max);
  }

  /** OMAPGETKEYS with a key of any bytes to start after (empty: from the start). */
  public static OsdOp getKeys(byte[] startAfter, long max) {
    return withIndata(
        OsdOpCode.OMAPGETKEYS, Indata.encoded(e -> e.bufferlist(startAfter).u64(max)));
  }

  /**
   * OMAPGETVALS: up to {@code max} entries after {@code startAfter} whose keys start with {@code
   * filterPrefix} ("" for all).
   */
  public static OsdOp getVals(String startAfter, String filterPrefix, long max) {
    return getVals(Indata.utf8(startAfter), Indata.utf8(filterPrefix), max);
  }

  /** OMAPGETVALS with a start key and a prefix of any bytes. */
  public static OsdOp getVals(byte[] startAfter, byte[] filterPrefix, long max) {
    return withIndata(
        OsdOpCode.OMAPGETVALS,
        Indata.encoded(e -> e.bufferlist(startAfter).u64(max).bufferlist(filterPrefix)));
  }

  /** OMAPGETVALSBYKEYS: the entries for {@code keys} that exist. */
  public static OsdOp getValsByKeys(Collection<String> keys) {
    return getRawValsByKeys(utf8(keys));
  }

  /** OMAPGETVALSBYKEYS for keys of any bytes. */
  public static OsdOp getRawValsByKeys(Collection<byte[]> keys) {
    return withIndata(OsdOpCode.OMAPGETVALSBYKEYS, keySet(keys));
  }

  /** OMAPGETHEADER: the outdata is the raw header. */
  public static OsdOp getHeader() {
    return OsdOp.simple(OsdOpCode.OMAPGETHEADER, 0);
  }

  /** OMAPSETVALS: sets the entries (Ceph sorts them; any iteration order works). */
  public static OsdOp setVals(Map<String, byte[]> entries) {
    Map<byte[], byte[]> raw = new LinkedHashMap<>();
    entries.forEach((k, v) -> raw.put(Indata.utf8(k), v));
    return setRawVals(raw);
  }

  /** OMAPSETVALS for keys of any bytes. */
  public static OsdOp setRawVals(Map<byte[], byte[]> entries) {
    return withIndata(
        OsdOpCode.OMAPSETVALS,
        Indata.encoded(e -> e.map(entries, (k, x) -> x.bufferlist(k), (v, x) -> x.bufferlist(v))));
  }

  /** OMAPRMKEYS: removes {@code keys}; missing keys are not an error. */
  public static OsdOp rmKeys(Collection<String> keys) {
    return rmRawKeys(utf8(keys));
  }

  /** OMAPRMKEYS for keys of any bytes. */
  public static OsdOp rmRawKeys(Collection<byte[]> keys) {
    return withIndata(OsdOpCode.OMAPRMKEYS, keySet(keys));
  }

  /** OMAPCLEAR: removes every entry (the header stays). */
  public static OsdOp clear() {
    return OsdOp.simple(OsdOpCode.OMAPCLEAR, 0);
  }

  /** OMAPSETHEADER: replaces the header. */
  public static OsdOp setHeader(byte[] header) {
    return withIndata(OsdOpCode.OMAPSETHEADER, Unpooled.wrappedBuffer(header));
  }

  /**
   * Parses an OMAPGETKEYS outdata: {@code set<string>, bool more}; the buffer is not consumed.
   *
   * @throws NonUtf8KeyException if a key is not UTF-8 (read such keys with {@link #parseRawKeys})
   */
  public static Keys parseKeys(ByteBuf outdata) {
    RawKeys raw = parseRawKeys(outdata);
    List<String> keys = new ArrayList<>(raw.keys().size());
    raw.keys().forEach(k -> keys.add(NonUtf8KeyException.decode(k)));
    return new Keys(Collections.unmodifiableList(keys), raw.more());
  }

  /** Parses an OMAPGETKEYS outdata with each key's exact bytes. */
  public static RawKeys parseRawKeys(ByteBuf outdata) {
    CephDecoder decoder = new CephDecoder(outdata.duplicate());
    List<byte[]> keys = decoder.list(4, CephDecoder::stringBytes);
    boolean more = decoder.bool();
    return new RawKeys(keys, more);
  }

  /**
   * Parses an OMAPGETVALS outdata: {@code map<string, bufferlist>, bool more}; the buffer is not
   * consumed.
   *
   * @throws NonUtf8KeyException if a key is not UTF-8 (read such keys with {@link #parseRawVals})
   */
  public static Vals parseVals(ByteBuf outdata) {
    RawVals raw = parseRawVals(outdata);
    return new Vals(utf8Keys(raw.entries()), raw.more());
  }

  /** Parses an OMAPGETVALS outdata with each key's exact bytes. */
  public static RawVals parseRawVals(ByteBuf outdata) {
    CephDecoder decoder = new CephDecoder(outdata.duplicate());
    SortedMap<byte[], byte[]> entries = OutdataMaps.bytesToBytes(decoder);
    boolean more = decoder.bool();
    return new RawVals(entries, more);
  }

  /**
   * Parses an OMAPGETVALSBYKEYS outdata: {@code map<string, bufferlist>}.
   *
   * @throws NonUtf8KeyException if a key is not UTF-8
   */
  public static Map<String, byte[]> parseValsByKeys(ByteBuf outdata) {
    return utf8Keys(parseRawValsByKeys(outdata));
  }

  /** Parses an OMAPGETVALSBYKEYS outdata with each key's exact bytes. */
  public static SortedMap<byte[], byte[]> parseRawValsByKeys(ByteBuf outdata) {
    return OutdataMaps.bytesToBytes(new CephDecoder(outdata.duplicate()));
  }

  /** The header an OMAPGETHEADER returned, copied. */
  public static byte[] parseHeader(ByteBuf outdata) {
    return ByteBufUtil.getBytes(outdata);
  }

  private static Map<String, byte[]> utf8Keys(SortedMap<byte[], byte[]> raw) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> out.put(NonUtf8KeyException.decode(k), v));
    return Collections.unmodifiableMap(out);
  }

  private static List<byte[]> utf8(Collection<String> keys) {
    List<byte[]> out = new ArrayList<>(keys.size());
    keys.forEach(k -> out.add(Indata.utf8(k)));
    return out;
  }

  private static ByteBuf keySet(Collection<byte[]> keys) {
    // A set<string> is sorted and unique on the wire; the OSD inserts into a std::set anyway.
    SortedSet<byte[]> sorted = new TreeSet<>(KEY_ORDER);
    sorted.addAll(keys);
    return Indata.encoded(e -> e.list(sorted, (k, x) -> x.bufferlist(k)));
  }

  private static OsdOp withIndata(int opcode, ByteBuf indata) {
    // librados fills extent {offset 0, length = indata length} for omap ops that carry input
    // (captured traffic shows it); the OSD reads only the indata.
    return OsdOp.of(opcode, 0, new OsdOp.Fields().u64(0).u64(indata.readableBytes()), indata);
  }
}
