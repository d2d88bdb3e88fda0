package io.jrados.protocol.crush;

/**
 * One CRUSH rule: the legacy mask (ruleset, pool type, size range) that Pacific still encodes and
 * still matches on, and the steps the mapper executes.
 *
 * <p>Immutable; {@link #steps()} returns a copy.
 */
public final class CrushRule {
  /** Pool type that replicated rules carry ({@code pg_pool_t::TYPE_REPLICATED}). */
  public static final int TYPE_REPLICATED = 1;

  /** Pool type that erasure-coded rules carry ({@code pg_pool_t::TYPE_ERASURE}). */
  public static final int TYPE_ERASURE = 3;

  final int ruleset;
  final int type;
  final int minSize;
  final int maxSize;
  final CrushRuleStep[] steps;

  CrushRule(int ruleset, int type, int minSize, int maxSize, CrushRuleStep[] steps) {
    this.ruleset = ruleset;
    this.type = type;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.steps = steps;
  }

  /**
   * {@code mask.ruleset}: what pools name in {@code crush_rule}; equals the rule id in maps
   * Luminous and later create.
   */
  public int ruleset() {
    return ruleset;
  }

  /** {@code mask.type}: the pool type the rule serves ({@link #TYPE_REPLICATED}, ...). */
  public int type() {
    return type;
  }

  /** {@code mask.min_size}: the smallest pool size the rule accepts. */
  public int minSize() {
    return minSize;
  }

  /** {@code mask.max_size}: the largest pool size the rule accepts. */
  public int maxSize() {
    return maxSize;
  }

  /** The steps in execution order. */
  public CrushRuleStep[] steps() {
    return steps.clone();
  }
}
