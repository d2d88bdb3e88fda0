package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Omap (per-object key/value store) ops. Their arguments and results are Ceph encodings in the
 * indata and outdata: strings, {@code u64} counts, {@code set<string>} and {@code map<string,
 * bufferlist>}. Reads that page ({@code get keys}, {@code get vals}) return a trailing {@code bool}
 * saying whether more entries follow.
 */
public final class OmapOps {
  private OmapOps() {}

  /** Keys from a {@link #getKeys} page, in order, and whether more follow. */
  public record Keys(List<String> keys, boolean more) {}

  /** Entries from a {@link #getVals} page, in key order, and whether more follow. */
  public record Vals(Map<String, byte[]> entries, boolean more) {}

  /** OMAPGETKEYS: up to {@code max} keys after {@code startAfter} ("" from the start). */
  public static OsdOp getKeys(String startAfter, long max) {
    return withIndata(OsdOpCode.OMAPGETKEYS, Indata.encoded(e -> e.string(startAfter).u64(max)));
  }

  /**
   * OMAPGETVALS: up to {@code max} entries after {@code startAfter} whose keys start with {@code
   * filterPrefix} ("" for all).
   */
  public static OsdOp getVals(String startAfter, String filterPrefix, long max) {
    return withIndata(
        OsdOpCode.OMAPGETVALS,
        Indata.encoded(e -> e.string(startAfter).u64(max).string(filterPrefix)));
  }

  /** OMAPGETVALSBYKEYS: the entries for {@code keys} that exist. */
  public static OsdOp getValsByKeys(Collection<String> keys) {
    return withIndata(OsdOpCode.OMAPGETVALSBYKEYS, stringSet(keys));
  }

  /** OMAPGETHEADER: the outdata is the raw header. */
  public static OsdOp getHeader() {
    return OsdOp.simple(OsdOpCode.OMAPGETHEADER, 0);
  }

  /** OMAPSETVALS: sets the entries (Ceph sorts them; any iteration order works). */
  public static OsdOp setVals(Map<String, byte[]> entries) {
    return withIndata(
        OsdOpCode.OMAPSETVALS,
        Indata.encoded(e -> e.map(entries, (k, x) -> x.string(k), (v, x) -> x.bufferlist(v))));
  }

  /** OMAPRMKEYS: removes {@code keys}; missing keys are not an error. */
  public static OsdOp rmKeys(Collection<String> keys) {
    return withIndata(OsdOpCode.OMAPRMKEYS, stringSet(keys));
  }

  /** OMAPCLEAR: removes every entry (the header stays). */
  public static OsdOp clear() {
    return OsdOp.simple(OsdOpCode.OMAPCLEAR, 0);
  }

  /** OMAPSETHEADER: replaces the header. */
  public static OsdOp setHeader(byte[] header) {
    return withIndata(OsdOpCode.OMAPSETHEADER, Unpooled.wrappedBuffer(header));
  }

  /** Parses an OMAPGETKEYS outdata: {@code set<string>, bool more}; the buffer is not consumed. */
  public static Keys parseKeys(ByteBuf outdata) {
    CephDecoder decoder = new CephDecoder(outdata.duplicate());
    List<String> keys = decoder.list(4, CephDecoder::string);
    boolean more = decoder.bool();
    return new Keys(keys, more);
  }

  /**
   * Parses an OMAPGETVALS outdata: {@code map<string, bufferlist>, bool more}; the buffer is not
   * consumed.
   */
  public static Vals parseVals(ByteBuf outdata) {
    CephDecoder decoder = new CephDecoder(outdata.duplicate());
    Map<String, byte[]> entries = OutdataMaps.stringToBytes(decoder);
    boolean more = decoder.bool();
    return new Vals(entries, more);
  }

  /** Parses an OMAPGETVALSBYKEYS outdata: {@code map<string, bufferlist>}. */
  public static Map<String, byte[]> parseValsByKeys(ByteBuf outdata) {
    return OutdataMaps.stringToBytes(new CephDecoder(outdata.duplicate()));
  }

  /** The header an OMAPGETHEADER returned, copied. */
  public static byte[] parseHeader(ByteBuf outdata) {
    return ByteBufUtil.getBytes(outdata);
  }

  private static ByteBuf stringSet(Collection<String> keys) {
    // A set<string> is sorted and unique on the wire; the OSD inserts into a std::set anyway.
    SortedMap<String, Boolean> sorted = new TreeMap<>();
    keys.forEach(k -> sorted.put(k, Boolean.TRUE));
    return Indata.encoded(e -> e.list(sorted.keySet(), (k, x) -> x.string(k)));
  }

  private static OsdOp withIndata(int opcode, ByteBuf indata) {
    // librados fills extent {offset 0, length = indata length} for omap ops that carry input
    // (captured traffic shows it); the OSD reads only the indata.
    return OsdOp.of(opcode, 0, new OsdOp.Fields().u64(0).u64(indata.readableBytes()), indata);
  }
}
