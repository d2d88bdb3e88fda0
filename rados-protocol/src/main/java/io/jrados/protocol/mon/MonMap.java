package io.jrados.protocol.mon;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The monitor map (Ceph's {@code MonMap}): the cluster's monitors, their addresses and ranks.
 *
 * <p>Encoded as a versioned struct; Pacific writes version 9, compat 6, to peers with MONENC and
 * SERVER_NAUTILUS:
 *
 * <ol>
 *   <li>{@code uuid fsid, u32 epoch, utime last_changed, utime created}
 *   <li>{@code mon_feature_t persistent_features, optional_features}, each a versioned struct
 *       around a {@code u64}
 *   <li>{@code map<string, mon_info_t> mon_info} ({@link MonInfo}), sorted by name
 *   <li>{@code vector<string> ranks}: the names in rank order
 *   <li>from version 7: {@code u8 min_mon_release}
 *   <li>from version 8: {@code set<s32> removed_ranks, u8 election_strategy, set<string>
 *       disallowed_leaders}
 *   <li>from version 9: {@code bool stretch_mode_enabled, string tiebreaker_mon, set<string>
 *       stretch_marked_down_mons}
 * </ol>
 *
 * <p>Ranks travel on the wire from version 6. Older encodings computed them (mons sorted by
 * address, then name); they are sent only to peers lacking MONENC or SERVER_NAUTILUS, which jrados
 * always advertises, so this decoder rejects them. Fields added after version 9 are skipped by the
 * struct length.
 *
 * @param fsid the cluster's fsid
 * @param epoch the map's epoch
 * @param lastChanged when the map last changed ({@code modified} in {@code ceph mon dump})
 * @param created when the cluster was created
 * @param persistentFeatures mon features the quorum has committed to (bit 0 kraken, 1 luminous, …)
 * @param optionalFeatures mon features that are available but not committed to
 * @param mons the monitors by name
 * @param ranks the monitor names in rank order, as {@code ceph mon dump} lists them
 * @param minMonRelease the oldest release the mons run (16 for Pacific); 0 before version 7
 * @param election the election and stretch-mode settings of versions 8 and 9
 */
public record MonMap(
    UUID fsid,
    long epoch,
    UTime lastChanged,
    UTime created,
    long persistentFeatures,
    long optionalFeatures,
    SortedMap<String, MonInfo> mons,
    List<String> ranks,
    int minMonRelease,
    ElectionSettings election) {
  /** The struct version written, and the newest whose fields are all read. */
  public static final int STRUCT_VERSION = 9;

  /** The struct compat version written. */
  public static final int STRUCT_COMPAT = 6;

  /** The oldest struct version read: the first with ranks on the wire. */
  public static final int OLDEST_DECODABLE_VERSION = 6;

  private static final int MON_FEATURE_VERSION = 1;

  /** Checks the fields, copies the collections and checks that every rank names a known mon. */
  public MonMap {
    Objects.requireNonNull(fsid, "fsid");
    Objects.requireNonNull(lastChanged, "lastChanged");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(election, "election");
    mons = Collections.unmodifiableSortedMap(new TreeMap<>(mons));
    ranks = List.copyOf(ranks);
    if (minMonRelease < 0 || minMonRelease > 0xFF) {
      throw new IllegalArgumentException("minMonRelease out of range 0..255: " + minMonRelease);
    }
    Set<String> seen = new HashSet<>();
    for (String name : ranks) {
      if (!mons.containsKey(name) || !seen.add(name)) {
        throw new IllegalArgumentException(
            "rank list " + ranks + " names '" + name + "' twice or not among " + mons.keySet());
      }
    }
  }

  /** The monitors in rank order: rank 0 first, as {@code ceph mon dump} lists them. */
  public List<MonInfo> monsInRankOrder() {
    List<MonInfo> out = new ArrayList<>(ranks.size());
    for (String name : ranks) {
      out.add(mons.get(name));
    }
    return Collections.unmodifiableList(out);
  }

  /** The rank of the monitor called {@code name}, or -1 if there is none. */
  public int rankOf(String name) {
    return ranks.indexOf(name);
  }

  /**
   * Reads a MonMap.
   *
   * @throws ProtocolException if the input is malformed, its compat version is newer than {@value
   *     #STRUCT_VERSION}, or it is a pre-Nautilus encoding (version below {@value
   *     #OLDEST_DECODABLE_VERSION})
   */
  public static MonMap decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("MonMap", STRUCT_VERSION);
    int version = struct.version();
    if (version < OLDEST_DECODABLE_VERSION) {
      throw new ProtocolException(
          "MonMap struct_v "
              + version
              + " is a pre-Nautilus encoding without ranks; it is only sent to peers that lack"
              + " MONENC or SERVER_NAUTILUS (oldest supported: "
              + OLDEST_DECODABLE_VERSION
              + ")");
    }
    UUID fsid = decoder.uuid();
    long epoch = decoder.u32();
    UTime lastChanged = UTime.decode(decoder);
    UTime created = UTime.decode(decoder);
    long persistent = decodeMonFeatures(decoder);
    long optional = decodeMonFeatures(decoder);
    SortedMap<String, MonInfo> mons =
        new TreeMap<>(decoder.map(4 + 6, CephDecoder::string, MonInfo::decode));
    List<String> ranks = decoder.list(4, CephDecoder::string);
    int minMonRelease = version >= 7 ? decoder.u8() : 0;
    ElectionSettings election = ElectionSettings.decode(decoder, version);
    decoder.endStruct(struct);
    try {
      return new MonMap(
          fsid,
          epoch,
          lastChanged,
          created,
          persistent,
          optional,
          mons,
          ranks,
          minMonRelease,
          election);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException("MonMap epoch " + epoch + ": " + e.getMessage(), e);
    }
  }

  /** Writes the version 9 encoding, as Pacific writes it for peers with SERVER_NAUTILUS. */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(STRUCT_VERSION, STRUCT_COMPAT);
    encoder.uuid(fsid).u32(epoch);
    lastChanged.encode(encoder);
    created.encode(encoder);
    encodeMonFeatures(encoder, persistentFeatures);
    encodeMonFeatures(encoder, optionalFeatures);
    encoder.map(mons, (name, e) -> e.string(name), MonInfo::encode);
    encoder.list(ranks, (name, e) -> e.string(name));
    encoder.u8(minMonRelease);
    election.encode(encoder);
    encoder.endStruct(struct);
  }

  /** {@code mon_feature_t}: a versioned struct around one {@code u64} of feature bits. */
  private static long decodeMonFeatures(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("mon_feature_t", MON_FEATURE_VERSION);
    long features = decoder.u64();
    decoder.endStruct(struct);
    return features;
  }

  private static void encodeMonFeatures(CephEncoder encoder, long features) {
    CephEncoder.StructToken struct = encoder.startStruct(MON_FEATURE_VERSION, MON_FEATURE_VERSION);
    encoder.u64(features);
    encoder.endStruct(struct);
  }

  /**
   * The election and stretch-mode fields Pacific added to the MonMap. A client only needs them to
   * explain a cluster's state; they play no part in choosing a mon to talk to.
   *
   * @param removedRanks ranks removed since the last election (version 8)
   * @param strategy the election strategy: 1 classic, 2 disallow, 3 connectivity (version 8;
   *     classic when absent, as in Ceph)
   * @param disallowedLeaders mons that must not become leader (version 8)
   * @param stretchMode whether stretch mode is on (version 9)
   * @param tiebreakerMon the stretch-mode tiebreaker mon, empty if none (version 9)
   * @param stretchMarkedDownMons mons stretch mode marked down (version 9)
   */
  public record ElectionSettings(
      SortedSet<Integer> removedRanks,
      int strategy,
      SortedSet<String> disallowedLeaders,
      boolean stretchMode,
      String tiebreakerMon,
      SortedSet<String> stretchMarkedDownMons) {
    /** The strategy Ceph assumes when the map does not say: classic. */
    public static final int STRATEGY_CLASSIC = 1;

    /** The settings of a map that has none: classic elections, no stretch mode. */
    public static final ElectionSettings DEFAULT =
        new ElectionSettings(
            new TreeSet<>(), STRATEGY_CLASSIC, new TreeSet<>(), false, "", new TreeSet<>());

    /** Copies the sets and checks the fields. */
    public ElectionSettings {
      removedRanks = Collections.unmodifiableSortedSet(new TreeSet<>(removedRanks));
      disallowedLeaders = Collections.unmodifiableSortedSet(new TreeSet<>(disallowedLeaders));
      stretchMarkedDownMons =
          Collections.unmodifiableSortedSet(new TreeSet<>(stretchMarkedDownMons));
      Objects.requireNonNull(tiebreakerMon, "tiebreakerMon");
      if (strategy < 0 || strategy > 0xFF) {
        throw new IllegalArgumentException("strategy out of range 0..255: " + strategy);
      }
    }

    static ElectionSettings decode(CephDecoder decoder, int version) {
      if (version < 8) {
        return DEFAULT;
      }
      SortedSet<Integer> removed = new TreeSet<>(decoder.list(4, CephDecoder::s32));
      int strategy = decoder.u8();
      SortedSet<String> disallowed = new TreeSet<>(decoder.list(4, CephDecoder::string));
      if (version < 9) {
        return new ElectionSettings(removed, strategy, disallowed, false, "", new TreeSet<>());
      }
      boolean stretch = decoder.bool();
      String tiebreaker = decoder.string();
      SortedSet<String> markedDown = new TreeSet<>(decoder.list(4, CephDecoder::string));
      return new ElectionSettings(removed, strategy, disallowed, stretch, tiebreaker, markedDown);
    }

    void encode(CephEncoder encoder) {
      encoder.list(removedRanks, (rank, e) -> e.s32(rank)).u8(strategy);
      encoder.list(disallowedLeaders, (name, e) -> e.string(name));
      encoder.bool(stretchMode).string(tiebreakerMon);
      encoder.list(stretchMarkedDownMons, (name, e) -> e.string(name));
    }
  }
}
