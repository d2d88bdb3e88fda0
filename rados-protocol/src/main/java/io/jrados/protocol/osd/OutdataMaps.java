package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import java.util.Map;

/** Decoding of the string-keyed maps and sets that several ops return. */
final class OutdataMaps {
  private OutdataMaps() {}

  /** Each entry: a string length and a bufferlist length at least. */
  static final int MIN_ENTRY = 4 + 4;

  /** {@code map<string, bufferlist>}, values copied. */
  static Map<String, byte[]> stringToBytes(CephDecoder decoder) {
    return decoder.map(MIN_ENTRY, CephDecoder::string, CephDecoder::bufferlist);
  }
}
