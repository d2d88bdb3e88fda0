package io.jrados.protocol.osd;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Decoding of the string-keyed maps and sets that several ops return. */
final class OutdataMaps {
  private OutdataMaps() {}

  /** Each entry: a string length and a bufferlist length at least. */
  static final int MIN_ENTRY = 4 + 4;

  /** {@code map<string, bufferlist>}, values copied. */
  static Map<String, byte[]> stringToBytes(CephDecoder decoder) {
    return decoder.map(MIN_ENTRY, CephDecoder::string, CephDecoder::bufferlist);
  }

  /**
   * {@code map<string, bufferlist>} with the keys' exact bytes, in the OSD's key order; values
   * copied.
   */
  static SortedMap<byte[], byte[]> bytesToBytes(CephDecoder decoder) {
    Map<byte[], byte[]> wire =
        decoder.map(MIN_ENTRY, CephDecoder::stringBytes, CephDecoder::bufferlist);
    SortedMap<byte[], byte[]> out = new TreeMap<>(OmapOps.KEY_ORDER);
    out.putAll(wire);
    if (out.size() != wire.size()) {
      // The decoder's own check compares array identities, so repeats are found here.
      throw new ProtocolException("a map<string, bufferlist> repeats a key");
    }
    return Collections.unmodifiableSortedMap(out);
  }
}
