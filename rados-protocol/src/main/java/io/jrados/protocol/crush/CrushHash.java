package io.jrados.protocol.crush;

/**
 * CRUSH's integer hash, {@code rjenkins1}: Robert Jenkins' 96-bit mix applied to one to five 32-bit
 * inputs, as Ceph's {@code crush_hash32}, {@code _2} ... {@code _5} compute it.
 *
 * <p>All values are unsigned 32-bit quantities held in Java {@code int}s (right shifts are
 * logical), so results are the bit patterns Ceph returns as {@code __u32}. Each function mixes a
 * fixed sequence of register pairs into the hash; the mix rewrites both registers of the pair, and
 * later steps see the rewritten values, exactly as Ceph's macro does.
 */
public final class CrushHash {
  /** The only hash type Ceph defines for buckets ({@code CRUSH_HASH_RJENKINS1}). */
  public static final int RJENKINS1 = 0;

  private static final int SEED = 1315423911;
  private static final int X0 = 231232;
  private static final int Y0 = 1232;

  // Register slots: inputs a..e, then the two constants x and y.
  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  private static final int D = 3;
  private static final int E = 4;
  private static final int X = 5;
  private static final int Y = 6;

  private CrushHash() {}

  /** {@code crush_hash32(type, a)}; an unknown {@code type} hashes to 0, as in Ceph. */
  public static int hash32(int type, int a) {
    if (type != RJENKINS1) {
      return 0;
    }
    // Ceph mixes a copy of a (as "b") with x, then y with a.
    int[] r = {a, a, 0, 0, 0, X0, Y0};
    int h = SEED ^ a;
    h = JenkinsMix.mix(r, B, X, h);
    return JenkinsMix.mix(r, Y, A, h);
  }

  /** {@code crush_hash32_2(type, a, b)}; an unknown {@code type} hashes to 0, as in Ceph. */
  public static int hash32(int type, int a, int b) {
    if (type != RJENKINS1) {
      return 0;
    }
    int[] r = {a, b, 0, 0, 0, X0, Y0};
    int h = SEED ^ a ^ b;
    h = JenkinsMix.mix(r, A, B, h);
    h = JenkinsMix.mix(r, X, A, h);
    return JenkinsMix.mix(r, B, Y, h);
  }

  /** {@code crush_hash32_3(type, a, b, c)}; an unknown {@code type} hashes to 0, as in Ceph. */
  public static int hash32(int type, int a, int b, int c) {
    if (type != RJENKINS1) {
      return 0;
    }
    int[] r = {a, b, c, 0, 0, X0, Y0};
    int h = SEED ^ a ^ b ^ c;
    h = JenkinsMix.mix(r, A, B, h);
    h = JenkinsMix.mix(r, C, X, h);
    h = JenkinsMix.mix(r, Y, A, h);
    h = JenkinsMix.mix(r, B, X, h);
    return JenkinsMix.mix(r, Y, C, h);
  }

  /** {@code crush_hash32_4(type, a, b, c, d)}; an unknown {@code type} hashes to 0. */
  public static int hash32(int type, int a, int b, int c, int d) {
    if (type != RJENKINS1) {
      return 0;
    }
    int[] r = {a, b, c, d, 0, X0, Y0};
    int h = SEED ^ a ^ b ^ c ^ d;
    h = JenkinsMix.mix(r, A, B, h);
    h = JenkinsMix.mix(r, C, D, h);
    h = JenkinsMix.mix(r, A, X, h);
    h = JenkinsMix.mix(r, Y, B, h);
    h = JenkinsMix.mix(r, C, X, h);
    return JenkinsMix.mix(r, Y, D, h);
  }

  /** {@code crush_hash32_5(type, a, b, c, d, e)}; an unknown {@code type} hashes to 0. */
  public static int hash32(int type, int a, int b, int c, int d, int e) {
    if (type != RJENKINS1) {
      return 0;
    }
    int[] r = {a, b, c, d, e, X0, Y0};
    int h = SEED ^ a ^ b ^ c ^ d ^ e;
    h = JenkinsMix.mix(r, A, B, h);
    h = JenkinsMix.mix(r, C, D, h);
    h = JenkinsMix.mix(r, E, X, h);
    h = JenkinsMix.mix(r, Y, A, h);
    h = JenkinsMix.mix(r, B, X, h);
    h = JenkinsMix.mix(r, Y, C, h);
    h = JenkinsMix.mix(r, D, X, h);
    return JenkinsMix.mix(r, Y, E, h);
  }
}
