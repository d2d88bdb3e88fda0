package io.jrados.protocol.crush;

/**
 * The map-wide CRUSH tunables. A map that ends before a tunable keeps the legacy (argonaut) value,
 * as Ceph's decoder does: see {@link #LEGACY}.
 *
 * @param chooseLocalTries retries within the same bucket after a collision
 * @param chooseLocalFallbackTries retries within the same bucket using a permutation
 * @param chooseTotalTries descents before giving up on a replica (Ceph adds one when mapping)
 * @param chooseleafDescendOnce whether chooseleaf's recursive descent gets a single try
 * @param chooseleafVaryR how far chooseleaf's inner r depends on the outer r (0 = not at all)
 * @param strawCalcVersion how straw lengths were computed (affects building, not mapping)
 * @param allowedBucketAlgs bit set of bucket algorithms new buckets may use
 * @param chooseleafStable whether chooseleaf firstn restarts at r = 0 for each replica
 */
public record CrushTunables(
    int chooseLocalTries,
    int chooseLocalFallbackTries,
    int chooseTotalTries,
    int chooseleafDescendOnce,
    int chooseleafVaryR,
    int strawCalcVersion,
    int allowedBucketAlgs,
    int chooseleafStable) {
  /**
   * The values a map gets for tunables its encoding does not carry ({@code set_tunables_legacy}).
   */
  public static final CrushTunables LEGACY =
      new CrushTunables(
          2,
          5,
          19,
          0,
          0,
          0,
          (1 << CrushBucket.ALG_UNIFORM)
              | (1 << CrushBucket.ALG_LIST)
              | (1 << CrushBucket.ALG_STRAW),
          0);
}
