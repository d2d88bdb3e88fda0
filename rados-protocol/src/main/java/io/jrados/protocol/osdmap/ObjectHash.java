package io.jrados.protocol.osdmap;

import io.jrados.protocol.crush.JenkinsMix;
import java.nio.charset.StandardCharsets;

/**
 * The object-name hashes a pool can use to place objects ({@code pg_pool_t::object_hash}, Ceph's
 * {@code CEPH_STR_HASH_*}): the string hashes of {@code ceph_hash.cc}, not CRUSH's integer hash.
 */
public final class ObjectHash {
  /** {@code CEPH_STR_HASH_LINUX}: the Linux dcache name hash. */
  public static final int LINUX = 1;

  /** {@code CEPH_STR_HASH_RJENKINS}: Bob Jenkins' 1997 hash; what every modern pool uses. */
  public static final int RJENKINS = 2;

  private static final int GOLDEN_RATIO = 0x9e3779b9;

  private ObjectHash() {}

  /**
   * Hashes {@code key} with hash {@code type}. Like Ceph, an unknown type hashes everything to
   * 0xffffffff rather than failing, so a pool with a future hash type still maps somewhere.
   */
  public static int hash(int type, byte[] key) {
    return switch (type) {
      case LINUX -> linux(key);
      case RJENKINS -> rjenkins(key);
      default -> -1;
    };
  }

  /** {@link #hash(int, byte[])} of the UTF-8 bytes of {@code key}. */
  public static int hash(int type, String key) {
    return hash(type, key.getBytes(StandardCharsets.UTF_8));
  }

  /** The Linux dcache hash; 32-bit arithmetic gives the same low bits as Ceph's {@code long}. */
  public static int linux(byte[] key) {
    int hash = 0;
    for (byte b : key) {
      int c = b & 0xff;
      hash = (hash + (c << 4) + (c >>> 4)) * 11;
    }
    return hash;
  }

  /** Jenkins' hash over the bytes, in 12-byte blocks with the length folded into the last one. */
  public static int rjenkins(byte[] k) {
    int[] ab = {GOLDEN_RATIO, GOLDEN_RATIO};
    int c = 0;
    int i = 0;
    int len = k.length;
    while (len >= 12) {
      ab[0] += le32(k, i);
      ab[1] += le32(k, i + 4);
      c += le32(k, i + 8);
      c = JenkinsMix.mix(ab, 0, 1, c);
      i += 12;
      len -= 12;
    }
    c += k.length;
    // The last 0..11 bytes, little-endian into a and b; into c above its lowest byte, which
    // holds the length.
    for (int j = 0; j < len; j++) {
      int byteValue = k[i + j] & 0xff;
      if (j < 4) {
        ab[0] += byteValue << (8 * j);
      } else if (j < 8) {
        ab[1] += byteValue << (8 * (j - 4));
      } else {
        c += byteValue << (8 * (j - 8) + 8);
      }
    }
    return JenkinsMix.mix(ab, 0, 1, c);
  }

  private static int le32(byte[] k, int i) {
    return (k[i] & 0xff)
        | (k[i + 1] & 0xff) << 8
        | (k[i + 2] & 0xff) << 16
        | (k[i + 3] & 0xff) << 24;
  }
}
