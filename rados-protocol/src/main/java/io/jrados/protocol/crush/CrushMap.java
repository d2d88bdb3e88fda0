package io.jrados.protocol.crush;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decoded CRUSH map: the bucket hierarchy, the rules, the names, the tunables, device classes and
 * choose_args, as carried in an OSDMap's {@code crush} field and as {@code ceph osd getcrushmap}
 * writes it (Pacific encoding).
 *
 * <p>Immutable and safe to share between threads; map placements with {@link CrushMapper}.
 */
public final class CrushMap {
  private final CrushBucket[] buckets;
  private final CrushRule[] rules;
  private final int maxDevices;
  private final Map<Integer, String> typeNames;
  private final Map<Integer, String> itemNames;
  private final Map<Integer, String> ruleNames;
  private final CrushTunables tunables;
  private final Map<Integer, Integer> deviceClasses;
  private final Map<Integer, String> classNames;
  private final Map<Integer, Map<Integer, Integer>> classBuckets;
  private final Map<Long, CrushChooseArgs> chooseArgs;
  private final Set<Integer> shadowBuckets;

  CrushMap(
      CrushBucket[] buckets,
      CrushRule[] rules,
      int maxDevices,
      Map<Integer, String> typeNames,
      Map<Integer, String> itemNames,
      Map<Integer, String> ruleNames,
      CrushTunables tunables,
      Map<Integer, Integer> deviceClasses,
      Map<Integer, String> classNames,
      Map<Integer, Map<Integer, Integer>> classBuckets,
      Map<Long, CrushChooseArgs> chooseArgs) {
    this.buckets = buckets;
    this.rules = rules;
    this.maxDevices = maxDevices;
    this.typeNames = typeNames;
    this.itemNames = itemNames;
    this.ruleNames = ruleNames;
    this.tunables = tunables;
    this.deviceClasses = deviceClasses;
    this.classNames = classNames;
    this.classBuckets = classBuckets;
    this.chooseArgs = chooseArgs;
    Set<Integer> shadows = new HashSet<>();
    for (Map<Integer, Integer> perClass : classBuckets.values()) {
      shadows.addAll(perClass.values());
    }
    this.shadowBuckets = Collections.unmodifiableSet(shadows);
  }

  /**
   * Decodes a CRUSH map from {@code blob}'s readable bytes, advancing its reader index past what
   * was read. Sections that older encoders did not write (tunables, device classes, choose_args)
   * are read only if bytes remain, and missing tunables keep their legacy values, as in Ceph. Bytes
   * after the choose_args (newer releases' additions) are ignored.
   *
   * @throws ProtocolException if the blob is truncated, has a bad magic, an unknown bucket
   *     algorithm, a count that cannot fit in the bytes left, or inconsistent choose_args
   */
  public static CrushMap decode(ByteBuf blob) throws ProtocolException {
    try {
      return CrushMapDecoder.decode(new CephDecoder(blob));
    } catch (ProtocolException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("crush")) {
        throw e;
      }
      throw new ProtocolException("crush map: " + e.getMessage(), e);
    }
  }

  /** Slots in the bucket array; bucket ids run from -1 down to {@code -maxBuckets()}. */
  public int maxBuckets() {
    return buckets.length;
  }

  /** Slots in the rule array; rule ids run from 0 to {@code maxRules() - 1}. */
  public int maxRules() {
    return rules.length;
  }

  /** One more than the highest device id the map knows of ({@code crush->max_devices}). */
  public int maxDevices() {
    return maxDevices;
  }

  /** The bucket with id {@code id} (negative), or null if there is none. */
  public CrushBucket bucket(int id) {
    int b = -1 - id;
    return b >= 0 && b < buckets.length ? buckets[b] : null;
  }

  /** Every bucket, in slot order (id -1 first), shadow buckets included. */
  public List<CrushBucket> buckets() {
    List<CrushBucket> out = new ArrayList<>();
    for (CrushBucket b : buckets) {
      if (b != null) {
        out.add(b);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether bucket {@code id} is a per-device-class shadow copy ({@code ceph osd tree} hides them).
   */
  public boolean isShadowBucket(int id) {
    return shadowBuckets.contains(id);
  }

  /** The rule with id {@code ruleId}, or null if there is none. */
  public CrushRule rule(int ruleId) {
    return ruleId >= 0 && ruleId < rules.length ? rules[ruleId] : null;
  }

  /** The id of the rule named {@code name}, or -1. */
  public int ruleId(String name) {
    for (Map.Entry<Integer, String> e : ruleNames.entrySet()) {
      if (e.getValue().equals(name) && rule(e.getKey()) != null) {
        return e.getKey();
      }
    }
    return -1;
  }

  /**
   * The rule a pool's placement runs, as Pacific's {@code OSDMap::_pg_to_raw_osds} picks it via
   * {@code CrushWrapper::find_rule} and {@code crush_find_rule}: the lowest-numbered rule whose
   * mask has {@code ruleset == ruleId}, {@code type == poolType} and {@code min_size <= size <=
   * max_size}. In maps made by Luminous and later every rule's ruleset equals its id, so this is
   * the rule with id {@code pool.crush_rule} when its type and size range fit, else none. (Pacific
   * still encodes and checks the mask; Quincy dropped min/max_size.)
   *
   * @param ruleId the pool's {@code crush_rule}
   * @param poolType the pool's type ({@link CrushRule#TYPE_REPLICATED} or {@link
   *     CrushRule#TYPE_ERASURE})
   * @param size the pool's size (replica or k+m count)
   * @return the rule id to pass to {@link CrushMapper#doRule}, or -1 if no rule fits
   */
  public int findRule(int ruleId, int poolType, int size) {
    for (int i = 0; i < rules.length; i++) {
      CrushRule r = rules[i];
      if (r != null
          && r.ruleset == ruleId
          && r.type == poolType
          && r.minSize <= size
          && r.maxSize >= size) {
        return i;
      }
    }
    return -1;
  }

  /** Type id to name, e.g. 0 = osd, 1 = host. */
  public Map<Integer, String> typeNames() {
    return typeNames;
  }

  /** The name of type {@code type}, or null. */
  public String typeName(int type) {
    return typeNames.get(type);
  }

  /** Item id to name, for devices ({@code osd.N}) and buckets alike. */
  public Map<Integer, String> itemNames() {
    return itemNames;
  }

  /** The name of device or bucket {@code id}, or null. */
  public String itemName(int id) {
    return itemNames.get(id);
  }

  /** Rule id to name. */
  public Map<Integer, String> ruleNames() {
    return ruleNames;
  }

  /** The name of rule {@code ruleId}, or null. */
  public String ruleName(int ruleId) {
    return ruleNames.get(ruleId);
  }

  /** The map-wide tunables. */
  public CrushTunables tunables() {
    return tunables;
  }

  /** Device id to class id ({@code class_map}). */
  public Map<Integer, Integer> deviceClasses() {
    return deviceClasses;
  }

  /** Class id to class name ({@code class_name}), e.g. 0 = hdd. */
  public Map<Integer, String> classNames() {
    return classNames;
  }

  /** The class name of device {@code device}, or null if it has none. */
  public String deviceClass(int device) {
    Integer c = deviceClasses.get(device);
    return c == null ? null : classNames.get(c);
  }

  /** Bucket id to (class id to shadow bucket id) ({@code class_bucket}). */
  public Map<Integer, Map<Integer, Integer>> classBuckets() {
    return classBuckets;
  }

  /** Every choose_args set, by index (pool id, or {@link CrushChooseArgs#DEFAULT_INDEX}). */
  public Map<Long, CrushChooseArgs> chooseArgs() {
    return chooseArgs;
  }

  /**
   * The choose_args set placement uses for pool {@code index}: the pool's own, else the default
   * set, else null ({@code CrushWrapper::choose_args_get_with_fallback}).
   */
  public CrushChooseArgs chooseArgsFor(long index) {
    CrushChooseArgs args = chooseArgs.get(index);
    return args != null ? args : chooseArgs.get(CrushChooseArgs.DEFAULT_INDEX);
  }

  CrushBucket bucketAt(int index) {
    return buckets[index];
  }
}
