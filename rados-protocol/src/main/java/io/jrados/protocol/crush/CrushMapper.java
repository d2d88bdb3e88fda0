package io.jrados.protocol.crush;

/**
 * Runs CRUSH rules: Ceph's {@code crush_do_rule} with every step, tunable and bucket algorithm of
 * the current mapper ({@code src/crush/mapper.c}, as Pacific ships it), including choose_args
 * weight sets and ids for straw2 buckets.
 *
 * <p>Stateless and thread-safe: each call allocates its own small scratch arrays.
 */
public final class CrushMapper {
  /** A slot that could not be filled ({@code CRUSH_ITEM_NONE}); only indep rules leave them. */
  public static final int ITEM_NONE = 0x7fffffff;

  /** A slot not yet decided during an indep choice ({@code CRUSH_ITEM_UNDEF}). */
  static final int ITEM_UNDEF = 0x7ffffffe;

  private CrushMapper() {}

  /**
   * Maps input {@code x} through rule {@code ruleId}, as {@code CrushWrapper::do_rule} does.
   *
   * @param map the CRUSH map
   * @param ruleId the rule to run (from {@link CrushMap#findRule}); an absent rule maps to nothing
   * @param x the placement seed (a PG's pps)
   * @param result receives the chosen device ids (or {@link #ITEM_NONE} holes for indep rules)
   * @param resultMax how many items to produce at most (the pool size); {@code result} must hold at
   *     least this many
   * @param weights per-device weights, 16.16 fixed point (0x10000 = in, 0 = out), indexed by device
   *     id; devices at or beyond {@code weights.length} count as out
   * @param chooseArgsIndex the pool id: selects that pool's choose_args, else the default set
   * @return the number of items written to {@code result}
   */
  public static int doRule(
      CrushMap map,
      int ruleId,
      int x,
      int[] result,
      int resultMax,
      int[] weights,
      long chooseArgsIndex) {
    if (map == null || result == null || weights == null) {
      throw new NullPointerException("map, result and weights must not be null");
    }
    if (resultMax < 0 || resultMax > result.length) {
      throw new IllegalArgumentException(
          "resultMax " + resultMax + " outside [0, " + result.length + "]");
    }
    CrushRule rule = map.rule(ruleId);
    if (rule == null) {
      return 0;
    }
    Placement placement =
        new Placement(
            map,
            weights,
            new BucketChooser(map.maxBuckets(), map.chooseArgsFor(chooseArgsIndex)),
            x);
    return run(placement, rule, result, resultMax);
  }

  private static int run(Placement placement, CrushRule rule, int[] result, int resultMax) {
    CrushMap map = placement.map;
    CrushTunables t = map.tunables();
    // Ceph counted choose_total_tries as retries, not tries: the mapper adds one.
    int chooseTries = t.chooseTotalTries() + 1;
    int chooseLeafTries = 0;
    int localRetries = t.chooseLocalTries();
    int localFallbackRetries = t.chooseLocalFallbackTries();
    int varyR = t.chooseleafVaryR();
    int stable = t.chooseleafStable();

    int scratch = Math.max(resultMax, 1);
    int[] w = new int[scratch];
    int[] o = new int[scratch];
    int[] c = new int[scratch];
    int wsize = 0;
    int resultLen = 0;
    for (CrushRuleStep step : rule.steps) {
      int arg1 = step.arg1();
      switch (step.op()) {
        case CrushRuleStep.OP_TAKE:
          if ((arg1 >= 0 && arg1 < map.maxDevices()) || map.bucket(arg1) != null) {
            w[0] = arg1;
            wsize = 1;
          }
          break;
        case CrushRuleStep.OP_SET_CHOOSE_TRIES:
          if (arg1 > 0) {
            chooseTries = arg1;
          }
          break;
        case CrushRuleStep.OP_SET_CHOOSELEAF_TRIES:
          if (arg1 > 0) {
            chooseLeafTries = arg1;
          }
          break;
        case CrushRuleStep.OP_SET_CHOOSE_LOCAL_TRIES:
          if (arg1 >= 0) {
            localRetries = arg1;
          }
          break;
        case CrushRuleStep.OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES:
          if (arg1 >= 0) {
            localFallbackRetries = arg1;
          }
          break;
        case CrushRuleStep.OP_SET_CHOOSELEAF_VARY_R:
          if (arg1 >= 0) {
            varyR = arg1;
          }
          break;
        case CrushRuleStep.OP_SET_CHOOSELEAF_STABLE:
          if (arg1 >= 0) {
            stable = arg1;
          }
          break;
        case CrushRuleStep.OP_CHOOSE_FIRSTN:
        case CrushRuleStep.OP_CHOOSELEAF_FIRSTN:
        case CrushRuleStep.OP_CHOOSE_INDEP:
        case CrushRuleStep.OP_CHOOSELEAF_INDEP:
          if (wsize == 0) {
            break;
          }
          boolean firstn =
              step.op() == CrushRuleStep.OP_CHOOSE_FIRSTN
                  || step.op() == CrushRuleStep.OP_CHOOSELEAF_FIRSTN;
          boolean toLeaf =
              step.op() == CrushRuleStep.OP_CHOOSELEAF_FIRSTN
                  || step.op() == CrushRuleStep.OP_CHOOSELEAF_INDEP;
          int osize = 0;
          for (int i = 0; i < wsize; i++) {
            // A count of 0 or less is relative to the pool size.
            int numrep = arg1;
            if (numrep <= 0) {
              numrep += resultMax;
              if (numrep <= 0) {
                continue;
              }
            }
            CrushBucket from = map.bucket(w[i]);
            if (from == null) {
              // A device or a NONE hole left by an earlier indep step.
              continue;
            }
            if (firstn) {
              int recurseTries;
              if (chooseLeafTries != 0) {
                recurseTries = chooseLeafTries;
              } else if (t.chooseleafDescendOnce() != 0) {
                recurseTries = 1;
              } else {
                recurseTries = chooseTries;
              }
              FirstnChoice.Params params =
                  new FirstnChoice.Params(
                      chooseTries, recurseTries, localRetries, localFallbackRetries, varyR, stable);
              osize +=
                  FirstnChoice.choose(
                      placement,
                      params,
                      from,
                      numrep,
                      step.arg2(),
                      o,
                      osize,
                      0,
                      resultMax - osize,
                      toLeaf,
                      c,
                      osize,
                      0);
            } else {
              int outSize = Math.min(numrep, resultMax - osize);
              IndepChoice.choose(
                  placement,
                  from,
                  outSize,
                  numrep,
                  step.arg2(),
                  o,
                  osize,
                  0,
                  chooseTries,
                  chooseLeafTries != 0 ? chooseLeafTries : 1,
                  toLeaf,
                  c,
                  osize,
                  0);
              osize += outSize;
            }
          }
          if (toLeaf) {
            System.arraycopy(c, 0, o, 0, osize);
          }
          int[] tmp = o;
          o = w;
          w = tmp;
          wsize = osize;
          break;
        case CrushRuleStep.OP_EMIT:
          for (int i = 0; i < wsize && resultLen < resultMax; i++) {
            result[resultLen++] = w[i];
          }
          wsize = 0;
          break;
        default:
          // Unknown opcodes are skipped, as Ceph's mapper does.
          break;
      }
    }
    return resultLen;
  }

  /** What one doRule call works with; the chooser carries that call's scratch state. */
  record Placement(CrushMap map, int[] weights, BucketChooser chooser, int x) {}

  /**
   * {@code is_out}: whether device {@code item} is rejected for input {@code x}. A partial weight
   * keeps the device for that fraction of inputs.
   */
  static boolean isOut(int[] weights, int item, int x) {
    if (item >= weights.length) {
      return true;
    }
    long w = weights[item] & 0xffffffffL;
    if (w >= 0x10000) {
      return false;
    }
    if (w == 0) {
      return true;
    }
    return (CrushHash.hash32(CrushHash.RJENKINS1, x, item) & 0xffff) >= w;
  }
}
