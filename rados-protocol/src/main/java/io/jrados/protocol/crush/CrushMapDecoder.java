package io.jrados.protocol.crush;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the CRUSH map encoding ({@code CrushWrapper::encode}, Pacific): a bare sequence of fields
 * with no versioned-struct header. Which optional tail sections are present is told only by where
 * the blob ends, so every section after the three name maps is read only if bytes remain.
 */
final class CrushMapDecoder {
  /** {@code CRUSH_MAGIC}. */
  static final long MAGIC = 0x00010000L;

  /**
   * Largest {@code max_devices} accepted. The count costs no bytes on the wire, so it cannot be
   * bounded by the input; Ceph's own OSD ids are limited far below this.
   */
  static final int MAX_DEVICES = 1 << 24;

  /** Largest retry count accepted, in the tunables or in a rule's set_*_tries step. */
  static final int MAX_TRIES = 10_000;

  private final CephDecoder d;

  private CrushMapDecoder(CephDecoder d) {
    this.d = d;
  }

  static CrushMap decode(CephDecoder d) {
    return new CrushMapDecoder(d).map();
  }

  private CrushMap map() {
    long magic = d.u32();
    if (magic != MAGIC) {
      throw new ProtocolException(
          String.format("crush map: bad magic 0x%08x, expected 0x%08x", magic, MAGIC));
    }
    int maxBuckets = count("max_buckets", d.u32(), 4);
    int maxRules = count("max_rules", d.u32(), 4);
    long maxDevicesRaw = d.u32();
    if (maxDevicesRaw > MAX_DEVICES) {
      throw new ProtocolException(
          "crush map: max_devices " + maxDevicesRaw + " exceeds limit " + MAX_DEVICES);
    }
    int maxDevices = (int) maxDevicesRaw;

    CrushBucket[] buckets = new CrushBucket[maxBuckets];
    for (int i = 0; i < maxBuckets; i++) {
      buckets[i] = bucket(i);
    }
    CrushRule[] rules = new CrushRule[maxRules];
    for (int i = 0; i < maxRules; i++) {
      rules[i] = rule(i);
    }
    Map<Integer, String> typeNames = stringMap("type_map");
    Map<Integer, String> itemNames = stringMap("name_map");
    Map<Integer, String> ruleNames = stringMap("rule_name_map");

    CrushTunables t = CrushTunables.LEGACY;
    int localTries = t.chooseLocalTries();
    int localFallbackTries = t.chooseLocalFallbackTries();
    int totalTries = t.chooseTotalTries();
    int descendOnce = t.chooseleafDescendOnce();
    int varyR = t.chooseleafVaryR();
    int strawCalc = t.strawCalcVersion();
    int allowedAlgs = t.allowedBucketAlgs();
    int stable = t.chooseleafStable();
    // Each group below was added by a later release; older encoders simply stop earlier.
    if (d.hasRemaining()) {
      localTries = d.s32();
      localFallbackTries = d.s32();
      totalTries = d.s32();
    }
    if (d.hasRemaining()) {
      descendOnce = d.s32();
    }
    if (d.hasRemaining()) {
      varyR = d.u8();
    }
    if (d.hasRemaining()) {
      strawCalc = d.u8();
    }
    if (d.hasRemaining()) {
      allowedAlgs = d.s32();
    }
    if (d.hasRemaining()) {
      stable = d.u8();
    }
    checkTries("choose_local_tries", localTries, true);
    checkTries("choose_local_fallback_tries", localFallbackTries, true);
    checkTries("choose_total_tries", totalTries, true);
    CrushTunables tunables =
        new CrushTunables(
            localTries,
            localFallbackTries,
            totalTries,
            descendOnce,
            varyR,
            strawCalc,
            allowedAlgs,
            stable);

    Map<Integer, Integer> classMap = Map.of();
    Map<Integer, String> classNames = Map.of();
    Map<Integer, Map<Integer, Integer>> classBuckets = Map.of();
    if (d.hasRemaining()) {
      classMap = d.map(8, CephDecoder::s32, CephDecoder::s32);
      classNames = d.map(8, CephDecoder::s32, CephDecoder::string);
      classBuckets = d.map(8, CephDecoder::s32, x -> x.map(8, CephDecoder::s32, CephDecoder::s32));
    }
    Map<Long, CrushChooseArgs> chooseArgs = Map.of();
    if (d.hasRemaining()) {
      chooseArgs = chooseArgs(buckets);
    }
    // Anything after this was added after Pacific (Squid's msr tunables); Ceph 16 ignores it too.

    // Like crush_finalize: max_devices covers every device a bucket holds.
    for (CrushBucket b : buckets) {
      if (b != null) {
        for (int item : b.items) {
          if (item >= maxDevices) {
            maxDevices = item + 1;
          }
        }
      }
    }
    return new CrushMap(
        buckets,
        rules,
        maxDevices,
        typeNames,
        itemNames,
        ruleNames,
        tunables,
        classMap,
        classNames,
        classBuckets,
        chooseArgs);
  }

  private CrushBucket bucket(int index) {
    long alg = d.u32();
    if (alg == 0) {
      return null;
    }
    if (alg < CrushBucket.ALG_UNIFORM || alg > CrushBucket.ALG_STRAW2) {
      throw new ProtocolException(
          "crush bucket slot " + index + ": unsupported bucket algorithm " + alg);
    }
    int id = d.s32();
    int type = d.u16();
    int innerAlg = d.u8();
    int hash = d.u8();
    int weight = d.s32();
    if (id != -1 - index) {
      throw new ProtocolException(
          "crush bucket slot " + index + ": id " + id + ", expected " + (-1 - index));
    }
    if (innerAlg != alg) {
      throw new ProtocolException(
          "crush bucket " + id + ": algorithm " + alg + " in its slot but " + innerAlg + " inside");
    }
    int size = count("bucket " + id + " size", d.u32(), 4);
    int[] items = ints(size);
    int uniformWeight = 0;
    int[] itemWeights = new int[0];
    int[] sumWeights = new int[0];
    int[] nodeWeights = new int[0];
    int[] straws = new int[0];
    switch (innerAlg) {
      case CrushBucket.ALG_UNIFORM:
        uniformWeight = d.s32();
        break;
      case CrushBucket.ALG_LIST:
        count("list bucket " + id + " weights", size, 8);
        itemWeights = new int[size];
        sumWeights = new int[size];
        for (int j = 0; j < size; j++) {
          itemWeights[j] = d.s32();
          sumWeights[j] = d.s32();
        }
        break;
      case CrushBucket.ALG_TREE:
        int numNodes = d.u8();
        nodeWeights = ints(count("tree bucket " + id + " num_nodes", numNodes, 4));
        break;
      case CrushBucket.ALG_STRAW:
        count("straw bucket " + id + " weights", size, 8);
        itemWeights = new int[size];
        straws = new int[size];
        for (int j = 0; j < size; j++) {
          itemWeights[j] = d.s32();
          straws[j] = d.s32();
        }
        break;
      default: // straw2
        itemWeights = ints(count("straw2 bucket " + id + " weights", size, 4));
        break;
    }
    return new CrushBucket(
        id,
        type,
        innerAlg,
        hash,
        weight,
        items,
        uniformWeight,
        itemWeights,
        sumWeights,
        nodeWeights,
        straws);
  }

  private CrushRule rule(int index) {
    long exists = d.u32();
    if (exists == 0) {
      return null;
    }
    int len = count("rule " + index + " steps", d.u32(), 12);
    int ruleset = d.u8();
    int type = d.u8();
    int minSize = d.u8();
    int maxSize = d.u8();
    CrushRuleStep[] steps = new CrushRuleStep[len];
    for (int j = 0; j < len; j++) {
      steps[j] = new CrushRuleStep(d.s32(), d.s32(), d.s32());
      if (steps[j].op() >= CrushRuleStep.OP_SET_CHOOSE_TRIES
          && steps[j].op() <= CrushRuleStep.OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES) {
        checkTries(
            "rule " + index + " step " + j + " (op " + steps[j].op() + ")", steps[j].arg1(), false);
      }
    }
    return new CrushRule(ruleset, type, minSize, maxSize, steps);
  }

  /**
   * Ceph once encoded these maps with 64-bit keys; its decoder tells the two apart by reading a
   * zero string length as the upper half of a 64-bit key (names are never empty). So do we.
   */
  private Map<Integer, String> stringMap(String what) {
    int n = count(what, d.u32(), 8);
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int key = d.s32();
      long len = d.u32();
      if (len == 0) {
        len = d.u32();
      }
      if (len > d.remaining()) {
        throw new ProtocolException(
            "crush "
                + what
                + ": name length "
                + len
                + " for key "
                + key
                + " exceeds the "
                + d.remaining()
                + " bytes remaining");
      }
      out.put(key, new String(d.bytes((int) len), StandardCharsets.UTF_8));
    }
    return Collections.unmodifiableMap(out);
  }

  private Map<Long, CrushChooseArgs> chooseArgs(CrushBucket[] buckets) {
    int n = count("choose_args", d.u32(), 12);
    Map<Long, CrushChooseArgs> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      long index = d.s64();
      int[][][] weightSets = new int[buckets.length][][];
      int[][] ids = new int[buckets.length][];
      int entries = count("choose_args " + index + " buckets", d.u32(), 12);
      for (int j = 0; j < entries; j++) {
        long bucketIndex = d.u32();
        if (bucketIndex >= buckets.length) {
          throw new ProtocolException(
              "crush choose_args "
                  + index
                  + ": bucket index "
                  + bucketIndex
                  + " >= max_buckets "
                  + buckets.length);
        }
        int b = (int) bucketIndex;
        CrushBucket bucket = buckets[b];
        int positions = count("choose_args " + index + " weight_set positions", d.u32(), 4);
        int[][] sets = new int[positions][];
        for (int p = 0; p < positions; p++) {
          int size = count("choose_args " + index + " weight_set size", d.u32(), 4);
          sets[p] = ints(size);
        }
        int idsSize = count("choose_args " + index + " ids", d.u32(), 4);
        int[] bucketIds = ints(idsSize);
        if (idsSize > 0 && (bucket == null || idsSize != bucket.items.length)) {
          throw new ProtocolException(
              "crush choose_args "
                  + index
                  + ": bucket "
                  + (-1 - b)
                  + " has "
                  + idsSize
                  + " ids but "
                  + (bucket == null ? "does not exist" : bucket.items.length + " items"));
        }
        // Only straw2 buckets consult choose_args; Ceph drops the rest after decoding.
        if (bucket == null || bucket.alg != CrushBucket.ALG_STRAW2) {
          continue;
        }
        if (positions > 0) {
          for (int p = 0; p < positions; p++) {
            if (sets[p].length != bucket.items.length) {
              sets[p] = java.util.Arrays.copyOf(sets[p], bucket.items.length);
            }
          }
          weightSets[b] = sets;
        }
        if (idsSize > 0) {
          ids[b] = bucketIds;
        }
      }
      if (out.put(index, new CrushChooseArgs(index, weightSets, ids)) != null) {
        throw new ProtocolException("crush choose_args: index " + index + " appears twice");
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Retry counts bound the mapper's loops: with every device out, each replica costs that many
   * descents. Ceph maps use tens to a few hundred; a forged 2^31 would stall a caller for minutes.
   */
  private static void checkTries(String what, int tries, boolean unsigned) {
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

  private int[] ints(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = d.s32();
    }
    return out;
  }

  /**
   * Checks a count read from the wire against the bytes left: {@code count} elements of at least
   * {@code minSize} bytes each must fit, so a forged count cannot make us allocate or loop.
   */
  private int count(String what, long count, int minSize) {
    if (count * minSize > d.remaining()) {
      throw new ProtocolException(
          "crush map: "
              + what
              + " count "
              + count
              + " needs at least "
              + count * minSize
              + " bytes at offset "
              + d.offset()
              + ", "
              + d.remaining()
              + " remain");
    }
    return (int) count;
  }
}
