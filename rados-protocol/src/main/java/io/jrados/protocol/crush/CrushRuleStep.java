package io.jrados.protocol.crush;

/**
 * One step of a CRUSH rule: an opcode and two arguments whose meaning depends on it.
 *
 * @param op the opcode, one of the {@code OP_*} constants (others are ignored by the mapper, as in
 *     Ceph)
 * @param arg1 take: the item id; choose: the count (0 or less means relative to the pool size);
 *     set_*: the value
 * @param arg2 choose: the bucket type to choose
 */
public record CrushRuleStep(int op, int arg1, int arg2) {
  /** {@code CRUSH_RULE_NOOP}. */
  public static final int OP_NOOP = 0;

  /** {@code CRUSH_RULE_TAKE}: start from item {@code arg1}. */
  public static final int OP_TAKE = 1;

  /** {@code CRUSH_RULE_CHOOSE_FIRSTN}. */
  public static final int OP_CHOOSE_FIRSTN = 2;

  /** {@code CRUSH_RULE_CHOOSE_INDEP}. */
  public static final int OP_CHOOSE_INDEP = 3;

  /** {@code CRUSH_RULE_EMIT}: append the working set to the result. */
  public static final int OP_EMIT = 4;

  /** {@code CRUSH_RULE_CHOOSELEAF_FIRSTN}. */
  public static final int OP_CHOOSELEAF_FIRSTN = 6;

  /** {@code CRUSH_RULE_CHOOSELEAF_INDEP}. */
  public static final int OP_CHOOSELEAF_INDEP = 7;

  /** {@code CRUSH_RULE_SET_CHOOSE_TRIES}. */
  public static final int OP_SET_CHOOSE_TRIES = 8;

  /** {@code CRUSH_RULE_SET_CHOOSELEAF_TRIES}. */
  public static final int OP_SET_CHOOSELEAF_TRIES = 9;

  /** {@code CRUSH_RULE_SET_CHOOSE_LOCAL_TRIES}. */
  public static final int OP_SET_CHOOSE_LOCAL_TRIES = 10;

  /** {@code CRUSH_RULE_SET_CHOOSE_LOCAL_FALLBACK_TRIES}. */
  public static final int OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES = 11;

  /** {@code CRUSH_RULE_SET_CHOOSELEAF_VARY_R}. */
  public static final int OP_SET_CHOOSELEAF_VARY_R = 12;

  /** {@code CRUSH_RULE_SET_CHOOSELEAF_STABLE}. */
  public static final int OP_SET_CHOOSELEAF_STABLE = 13;
}
