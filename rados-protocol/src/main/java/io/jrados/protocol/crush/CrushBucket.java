package io.jrados.protocol.crush;

import java.util.Arrays;

/**
 * One CRUSH bucket: an interior node of the hierarchy with its items (devices, which have ids of 0
 * and up, or other buckets, which have negative ids) and the per-algorithm data its choose function
 * needs. Weights are 16.16 fixed point held as unsigned 32-bit values in {@code int}s.
 *
 * <p>Immutable. Accessors return copies; the mapper reads the package-private arrays directly.
 */
public final class CrushBucket {
  /** {@code CRUSH_BUCKET_UNIFORM}: all items weigh the same; chosen by a hashed permutation. */
  public static final int ALG_UNIFORM = 1;

  /** {@code CRUSH_BUCKET_LIST}: items chosen by walking a list of cumulative weights. */
  public static final int ALG_LIST = 2;

  /** {@code CRUSH_BUCKET_TREE}: items at the leaves of a weighted binary tree. */
  public static final int ALG_TREE = 3;

  /** {@code CRUSH_BUCKET_STRAW}: legacy straw draw with precomputed straw lengths. */
  public static final int ALG_STRAW = 4;

  /** {@code CRUSH_BUCKET_STRAW2}: exponential draw weighted by each item's weight. */
  public static final int ALG_STRAW2 = 5;

  final int id;
  final int type;
  final int alg;
  final int hash;
  final int weight;
  final int[] items;

  /** Uniform: the weight every item has. */
  final int uniformItemWeight;

  /** List, straw and straw2: one weight per item; empty for uniform and tree. */
  final int[] itemWeights;

  /** List: running sum of the weights up to and including each item. */
  final int[] sumWeights;

  /** Tree: weight of each node of the tree, indexed by node number. */
  final int[] nodeWeights;

  /** Straw: the precomputed straw length of each item. */
  final int[] straws;

  CrushBucket(
      int id,
      int type,
      int alg,
      int hash,
      int weight,
      int[] items,
      int uniformItemWeight,
      int[] itemWeights,
      int[] sumWeights,
      int[] nodeWeights,
      int[] straws) {
    this.id = id;
    this.type = type;
    this.alg = alg;
    this.hash = hash;
    this.weight = weight;
    this.items = items;
    this.uniformItemWeight = uniformItemWeight;
    this.itemWeights = itemWeights;
    this.sumWeights = sumWeights;
    this.nodeWeights = nodeWeights;
    this.straws = straws;
  }

  /** The bucket id: negative; the bucket sits at index {@code -1 - id} of the map. */
  public int id() {
    return id;
  }

  /** The bucket's type id (a key of {@link CrushMap#typeNames()}), e.g. host or root. */
  public int type() {
    return type;
  }

  /** The algorithm, one of the {@code ALG_*} constants. */
  public int alg() {
    return alg;
  }

  /** The hash type; {@link CrushHash#RJENKINS1} in every map Ceph builds. */
  public int hash() {
    return hash;
  }

  /** The bucket's total weight, 16.16 fixed point (unsigned). */
  public long weight() {
    return Integer.toUnsignedLong(weight);
  }

  /** The number of items. */
  public int size() {
    return items.length;
  }

  /** The item ids in bucket order. */
  public int[] items() {
    return items.clone();
  }

  /**
   * The weight of the item at {@code pos}, 16.16 fixed point, as Ceph's {@code
   * crush_get_bucket_item_weight} reports it.
   */
  public long itemWeight(int pos) {
    if (pos < 0 || pos >= items.length) {
      throw new IndexOutOfBoundsException("item position " + pos + " of " + items.length);
    }
    switch (alg) {
      case ALG_UNIFORM:
        return Integer.toUnsignedLong(uniformItemWeight);
      case ALG_TREE:
        // Items are the odd nodes: item i is node 2i+1.
        int node = 2 * pos + 1;
        return node < nodeWeights.length ? Integer.toUnsignedLong(nodeWeights[node]) : 0;
      default:
        return Integer.toUnsignedLong(itemWeights[pos]);
    }
  }

  /** Tree buckets: the node weights, indexed by node number; empty for other algorithms. */
  public int[] nodeWeights() {
    return nodeWeights.clone();
  }

  /** Straw buckets: the straw lengths; empty for other algorithms. */
  public int[] straws() {
    return straws.clone();
  }

  /** List buckets: the cumulative weights; empty for other algorithms. */
  public int[] sumWeights() {
    return sumWeights.clone();
  }

  @Override
  public String toString() {
    return "CrushBucket{id="
        + id
        + ", type="
        + type
        + ", alg="
        + alg
        + ", items="
        + Arrays.toString(items)
        + "}";
  }
}
