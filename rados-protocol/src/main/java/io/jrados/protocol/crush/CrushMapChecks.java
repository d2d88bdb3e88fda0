package io.jrados.protocol.crush;

import io.jrados.protocol.ProtocolException;

/**
 * Consistency checks on a decoded CRUSH map that keep the mapper's loops bounded. Ceph trusts its
 * maps here; a client decoding bytes from the network cannot.
 */
final class CrushMapChecks {
  /** Largest retry count accepted, in the tunables or in a rule's set_*_tries step. */
  static final int MAX_TRIES = 10_000;

  private CrushMapChecks() {}

  /**
   * The mapper descends from a bucket into its bucket items until it reaches the wanted type; a
   * cycle would make that descent endless (in Ceph too), so a map with one is rejected here.
   * References to absent buckets are left for the mapper, which treats them as bad items.
   */
  static void checkAcyclic(CrushBucket[] buckets) {
    // 0 = unvisited, 1 = on the current path, 2 = done. Iterative, so depth costs no stack.
    byte[] state = new byte[buckets.length];
    int[] stackBucket = new int[buckets.length];
    int[] stackPos = new int[buckets.length];
    for (int start = 0; start < buckets.length; start++) {
      if (buckets[start] == null || state[start] != 0) {
        continue;
      }
      int depth = 0;
      stackBucket[0] = start;
      stackPos[0] = 0;
      state[start] = 1;
      while (depth >= 0) {
        CrushBucket b = buckets[stackBucket[depth]];
        if (stackPos[depth] == b.items.length) {
          state[stackBucket[depth]] = 2;
          depth--;
          continue;
        }
        int item = b.items[stackPos[depth]++];
        int child = -1 - item;
        if (item >= 0 || child >= buckets.length || buckets[child] == null) {
          continue;
        }
        if (state[child] == 1) {
          throw new ProtocolException(
              "crush map: bucket " + b.id + " contains bucket " + item + ", which contains it");
        }
        if (state[child] == 0) {
          state[child] = 1;
          depth++;
          stackBucket[depth] = child;
          stackPos[depth] = 0;
        }
      }
    }
  }

  /**
   * Retry counts bound the mapper's loops: with every device out, each replica costs that many
   * descents. Ceph maps use tens to a few hundred; a forged 2^31 would stall a caller for minutes.
   */
  static void checkTries(String what, int tries, boolean unsigned) {
    if (unsigned ? Integer.compareUnsigned(tries, MAX_TRIES) > 0 : tries > MAX_TRIES) {
      throw new ProtocolException(
          "crush map: "
              + what
              + " "
              + (unsigned ? Integer.toUnsignedString(tries) : tries)
              + " exceeds limit "
              + MAX_TRIES);
    }
  }
}
