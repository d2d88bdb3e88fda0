package io.jrados.protocol.crush;

/**
 * Bob Jenkins' 96-bit mix, the round both of Ceph's rjenkins hashes are built from: CRUSH's {@code
 * crush_hash32_*} ({@link CrushHash}) and the object-name hash ({@code ceph_str_hash_rjenkins}, in
 * the OSDMap package). One copy, so the two cannot drift apart.
 */
public final class JenkinsMix {
  private JenkinsMix() {}

  /**
   * One round over registers {@code r[i]}, {@code r[j]} and the hash {@code c}: rewrites both
   * registers and returns the new hash. The registers live in an array so a caller's loop allocates
   * nothing.
   */
  public static int mix(int[] r, int i, int j, int c) {

    int a = r[i];
    int b = r[j];
    a -= b;
    a -= c;
    a ^= c >>> 13;
    b -= c;
    b -= a;
    b ^= a << 8;
    c -= a;
    c -= b;
    c ^= b >>> 13;
    a -= b;
    a -= c;
    a ^= c >>> 12;
    b -= c;
    b -= a;
    b ^= a << 16;
    c -= a;
    c -= b;
    c ^= b >>> 5;
    a -= b;
    a -= c;
    a ^= c >>> 3;
    b -= c;
    b -= a;
    b ^= a << 10;
    c -= a;
    c -= b;
    c ^= b >>> 15;
    r[i] = a;
    r[j] = b;
    return c;
  }
}
