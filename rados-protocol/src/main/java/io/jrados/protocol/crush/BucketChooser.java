package io.jrados.protocol.crush;

/**
 * The per-algorithm choose functions of one placement ({@code crush_bucket_choose} and friends),
 * together with the scratch state they need during a single {@link CrushMapper#doRule} call: the
 * uniform buckets' partial permutations. One instance per call, never shared.
 */
final class BucketChooser {
  private static final long U32 = 0xffffffffL;

  /** perm_n value that marks "only the r = 0 slot of the permutation is known". */
  private static final int PERM_ONLY_FIRST = 0xffff;

  private final int maxBuckets;
  private final int[][][] argWeightSets;
  private final int[][] argIds;
  // Lazily allocated per bucket index: most maps have no uniform bucket and never need them.
  private int[] permX;
  private int[] permN;
  private int[][] perm;

  BucketChooser(int maxBuckets, CrushChooseArgs args) {
    this.maxBuckets = maxBuckets;
    this.argWeightSets = args == null ? null : args.weightSets;
    this.argIds = args == null ? null : args.ids;
  }

  /**
   * Chooses an item of {@code bucket} (which must not be empty) for input {@code x} and replica
   * rank {@code r}; {@code position} selects the choose_args weight set. Returns {@link
   * CrushMapper#ITEM_NONE} where Ceph would read past the bucket (a malformed tree).
   */
  int choose(CrushBucket bucket, int x, int r, int position) {
    switch (bucket.alg) {
      case CrushBucket.ALG_UNIFORM:
        return permChoose(bucket, x, r);
      case CrushBucket.ALG_LIST:
        return listChoose(bucket, x, r);
      case CrushBucket.ALG_TREE:
        return treeChoose(bucket, x, r);
      case CrushBucket.ALG_STRAW:
        return strawChoose(bucket, x, r);
      case CrushBucket.ALG_STRAW2:
        return straw2Choose(bucket, x, r, position);
      default:
        return bucket.items[0];
    }
  }

  /**
   * Item {@code r mod size} of a pseudo-random permutation of the bucket seeded by {@code x}. The
   * permutation is built only as far as needed and kept for later calls with the same {@code x},
   * with a shortcut for r = 0, the overwhelmingly common case.
   */
  int permChoose(CrushBucket bucket, int x, int r) {
    int size = bucket.items.length;
    int b = -1 - bucket.id;
    int pr = Integer.remainderUnsigned(r, size);
    if (perm == null) {
      permX = new int[maxBuckets];
      permN = new int[permX.length];
      perm = new int[permX.length][];
    }
    int[] p = perm[b];
    if (p == null) {
      p = new int[size];
      perm[b] = p;
    }
    if (permX[b] != x || permN[b] == 0) {
      permX[b] = x;
      if (pr == 0) {
        int s = Integer.remainderUnsigned(CrushHash.hash32(bucket.hash, x, bucket.id, 0), size);
        p[0] = s;
        permN[b] = PERM_ONLY_FIRST;
        return bucket.items[s];
      }
      for (int i = 0; i < size; i++) {
        p[i] = i;
      }
      permN[b] = 0;
    } else if (permN[b] == PERM_ONLY_FIRST) {
      // Expand the r = 0 shortcut into a real prefix of length 1.
      for (int i = 1; i < size; i++) {
        p[i] = i;
      }
      p[p[0]] = 0;
      permN[b] = 1;
    }
    while (permN[b] <= pr) {
      int n = permN[b];
      if (n < size - 1) {
        int i = Integer.remainderUnsigned(CrushHash.hash32(bucket.hash, x, bucket.id, n), size - n);
        if (i != 0) {
          int t = p[n + i];
          p[n + i] = p[n];
          p[n] = t;
        }
      }
      permN[b] = n + 1;
    }
    return bucket.items[p[pr]];
  }

  private static int listChoose(CrushBucket bucket, int x, int r) {
    int[] items = bucket.items;
    for (int i = items.length - 1; i >= 0; i--) {
      long w = CrushHash.hash32(bucket.hash, x, items[i], r, bucket.id) & 0xffffL;
      w = (w * (bucket.sumWeights[i] & U32)) >>> 16;
      if (w < (bucket.itemWeights[i] & U32)) {
        return items[i];
      }
    }
    return items[0];
  }

  private static int treeChoose(CrushBucket bucket, int x, int r) {
    int[] nodes = bucket.nodeWeights;
    int n = nodes.length >> 1;
    // Interior nodes are even, leaves odd; a node's children sit half its lowest set bit away.
    while (n != 0 && (n & 1) == 0) {
      if (n >= nodes.length) {
        return CrushMapper.ITEM_NONE;
      }
      long t =
          ((CrushHash.hash32(bucket.hash, x, n, r, bucket.id) & U32) * (nodes[n] & U32)) >>> 32;
      int half = Integer.lowestOneBit(n) >> 1;
      int left = n - half;
      n = t < (nodes[left] & U32) ? left : n + half;
    }
    int index = n >> 1;
    if (n == 0 || index >= bucket.items.length) {
      return CrushMapper.ITEM_NONE;
    }
    return bucket.items[index];
  }

  private static int strawChoose(CrushBucket bucket, int x, int r) {
    int[] items = bucket.items;
    int high = 0;
    long highDraw = 0;
    for (int i = 0; i < items.length; i++) {
      long draw =
          (CrushHash.hash32(bucket.hash, x, items[i], r) & 0xffffL) * (bucket.straws[i] & U32);
      if (i == 0 || draw > highDraw) {
        high = i;
        highDraw = draw;
      }
    }
    return items[high];
  }

  /**
   * Every item draws an exponentially distributed "straw" of rate proportional to its weight; the
   * longest wins. ln(u) - 2^48 is negative, so dividing by a larger weight gives a longer straw.
   */
  private int straw2Choose(CrushBucket bucket, int x, int r, int position) {
    int b = -1 - bucket.id;
    int[] weights = bucket.itemWeights;
    int[] ids = bucket.items;
    if (argWeightSets != null && argWeightSets[b] != null) {
      int[][] sets = argWeightSets[b];
      weights = sets[Math.min(position, sets.length - 1)];
    }
    if (argIds != null && argIds[b] != null) {
      ids = argIds[b];
    }
    int high = 0;
    long highDraw = 0;
    for (int i = 0; i < ids.length; i++) {
      long draw;
      long w = weights[i] & U32;
      if (w != 0) {
        int u = CrushHash.hash32(bucket.hash, x, ids[i], r) & 0xffff;
        draw = (CrushLn.ln(u) - 0x1000000000000L) / w;
      } else {
        draw = Long.MIN_VALUE;
      }
      if (i == 0 || draw > highDraw) {
        high = i;
        highDraw = draw;
      }
    }
    return bucket.items[high];
  }
}
