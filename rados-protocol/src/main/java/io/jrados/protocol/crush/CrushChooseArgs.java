package io.jrados.protocol.crush;

/**
 * One set of choose_args: per-bucket overrides that straw2 buckets use instead of their own item
 * weights (a weight set per replica position) and item ids (the ids fed to the hash). Ceph keys
 * these sets by pool id, with {@link #DEFAULT_INDEX} as the compat set for every other pool.
 *
 * <p>Immutable. The arrays are indexed by bucket index ({@code -1 - bucketId}); entries are null
 * for buckets without overrides. Weight sets were already fitted to their bucket's size at decode
 * (padded with zero weights or cut), as Ceph's {@code update_choose_args} does.
 */
public final class CrushChooseArgs {
  /** The index of the compat set, used by pools that have no set of their own. */
  public static final long DEFAULT_INDEX = -1;

  private final long index;

  /** [bucket index][position][item position] -> weight, or null per bucket. */
  final int[][][] weightSets;

  /** [bucket index][item position] -> id fed to the hash, or null per bucket. */
  final int[][] ids;

  CrushChooseArgs(long index, int[][][] weightSets, int[][] ids) {
    this.index = index;
    this.weightSets = weightSets;
    this.ids = ids;
  }

  /** The key of this set: a pool id, or {@link #DEFAULT_INDEX}. */
  public long index() {
    return index;
  }

  /** The number of weight-set positions for bucket {@code bucketId}; 0 if it has none. */
  public int positions(int bucketId) {
    int b = -1 - bucketId;
    if (b < 0 || b >= weightSets.length || weightSets[b] == null) {
      return 0;
    }
    return weightSets[b].length;
  }

  /**
   * The weights (16.16, unsigned) bucket {@code bucketId} uses at replica {@code position}, or null
   * if it has no weight set. Positions past the last reuse the last, as the mapper does.
   */
  public int[] weights(int bucketId, int position) {
    int n = positions(bucketId);
    if (n == 0) {
      return null;
    }
    return weightSets[-1 - bucketId][Math.min(Math.max(position, 0), n - 1)].clone();
  }

  /** The ids bucket {@code bucketId} hashes instead of its items' ids, or null if none. */
  public int[] ids(int bucketId) {
    int b = -1 - bucketId;
    if (b < 0 || b >= ids.length || ids[b] == null) {
      return null;
    }
    return ids[b].clone();
  }
}
