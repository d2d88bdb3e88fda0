package io.jrados.protocol.osd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ceph's object order, as backoff ranges use it. An OSD blocks a peering PG as the range from its
 * first object to the first object of the next PG in reversed-hash order; with pg_num 8, PG x.3 is
 * printed by the OSD as {@code [x:c0000000::::0, x:e0000000::::head)}.
 */
class HObjectOrderTest {
  private static final long POOL = 2;

  private static HObject pgStart(long pool, int reversedStart) {
    return new HObject(
        "", "", 0, Integer.toUnsignedLong(Integer.reverse(reversedStart)), false, "", pool);
  }

  private static HObject pgEnd(long pool, int reversedEnd) {
    return new HObject(
        "",
        "",
        HObject.NOSNAP,
        Integer.toUnsignedLong(Integer.reverse(reversedEnd)),
        false,
        "",
        pool);
  }

  @Test
  void aPgRangeHoldsExactlyThatPgsObjects() {
    HObject begin = pgStart(POOL, 0xc0000000);
    HObject end = pgEnd(POOL, 0xe0000000);
    Random random = new Random(42);
    int inside = 0;
    for (int i = 0; i < 20_000; i++) {
      long hash = Integer.toUnsignedLong(random.nextInt());
      HObject o = HObject.head("", "obj-" + i, hash, i % 3 == 0 ? "ns" : "", POOL);
      boolean inPg3 = (hash & 7) == 3; // ceph_stable_mod with pg_num 8
      assertThat(o.within(begin, end)).as("hash %08x", hash).isEqualTo(inPg3);
      inside += inPg3 ? 1 : 0;
      HObject otherPool = HObject.head("", "obj-" + i, hash, "", POOL + 1);
      assertThat(otherPool.within(begin, end)).isFalse();
    }
    assertThat(inside).isBetween(2_000, 3_000);
  }

  @Test
  void theLastPgEndsAtTheMaxSentinel() {
    HObject begin = pgStart(POOL, 0xe0000000); // PG x.7 of 8
    HObject max = new HObject("", "", 0, 0, true, "", Long.MIN_VALUE);
    assertThat(HObject.head("", "o", 0xffff_ffffL, "", POOL).within(begin, max)).isTrue();
    assertThat(HObject.head("", "o", 3, "", POOL).within(begin, max)).isFalse();
  }

  @Test
  void anObjectBackoffHoldsThatObjectAlone() {
    HObject unfound = HObject.head("", "lost", 0x1234, "", POOL);
    assertThat(HObject.head("", "lost", 0x1234, "", POOL).within(unfound, unfound)).isTrue();
    assertThat(HObject.head("", "lost2", 0x1234, "", POOL).within(unfound, unfound)).isFalse();
    assertThat(HObject.head("", "lost", 0x1234, "ns", POOL).within(unfound, unfound)).isFalse();
  }

  @Test
  void keysNamespacesNamesAndSnapsCompareAsCephDoes() {
    HObject a = HObject.head("", "b", 7, "", POOL);
    // The locator key, not the name, orders objects of one hash: "a" (key) before "b" (name).
    assertThat(HObject.ORDER.compare(HObject.head("a", "z", 7, "", POOL), a)).isNegative();
    assertThat(HObject.ORDER.compare(HObject.head("", "b", 7, "n", POOL), a)).isPositive();
    // Unsigned bytes: "é" (0xc3 0xa9) sorts after "z".
    assertThat(
            HObject.ORDER.compare(
                HObject.head("", "é", 7, "", POOL), HObject.head("", "z", 7, "", POOL)))
        .isPositive();
    // The head (NOSNAP, -2 as u64) sorts after its snapshots.
    HObject snap5 = new HObject("", "b", 5, 7, false, "", POOL);
    assertThat(HObject.ORDER.compare(snap5, a)).isNegative();
    // A negative pool (the MIN cursor's) sorts first.
    assertThat(HObject.ORDER.compare(HObject.MIN, a)).isNegative();
  }
}
