package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * Ceph's {@code eversion_t}: a PG log position, {@code u64 version, u32 epoch}, encoded raw (no
 * struct header).
 *
 * @param version the version within the PG
 * @param epoch the OSDMap epoch it was written in, 0 to 2^32 - 1
 */
public record EVersion(long version, long epoch) {
  /** The zero version. */
  public static final EVersion ZERO = new EVersion(0, 0);

  /** Reads {@code u64 version, u32 epoch}. */
  public static EVersion decode(CephDecoder decoder) {
    long version = decoder.u64();
    long epoch = decoder.u32();
    return new EVersion(version, epoch);
  }

  /** Writes {@code u64 version, u32 epoch}. */
  public void encode(CephEncoder encoder) {
    encoder.u64(version).u32(epoch);
  }

  @Override
  public String toString() {
    return epoch + "'" + version;
  }
}
