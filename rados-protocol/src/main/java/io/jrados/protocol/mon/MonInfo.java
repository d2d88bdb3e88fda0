package io.jrados.protocol.mon;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One monitor in a {@link MonMap}: Ceph's {@code mon_info_t}.
 *
 * <p>Encoded as a versioned struct, version 5 and compat 1 in Pacific: {@code string name}, {@code
 * entity_addrvec_t public_addrs} (a single legacy address before version 3), then {@code u16
 * priority} from version 2, {@code u16 weight} from version 4 and {@code map<string,string>
 * crush_loc} from version 5. Fields a newer encoder adds are skipped by the struct length.
 *
 * @param name the monitor's name, e.g. {@code a} for {@code mon.a}
 * @param publicAddrs the addresses clients reach it at; pick the msgr2 one with {@link
 *     EntityAddrVec#pickMsgr2()}
 * @param priority the SRV-style priority clients use to choose a mon (lower first); 0 by default
 * @param weight the weight among mons of equal priority; 0 by default
 * @param crushLocation the stretch-mode CRUSH location, empty unless one was set
 */
public record MonInfo(
    String name,
    EntityAddrVec publicAddrs,
    int priority,
    int weight,
    SortedMap<String, String> crushLocation) {
  /** The struct version written. */
  public static final int STRUCT_VERSION = 5;

  /** The struct compat version written. */
  public static final int STRUCT_COMPAT = 1;

  /** Checks the fields and copies the CRUSH location. */
  public MonInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(publicAddrs, "publicAddrs");
    checkU16(priority, "priority");
    checkU16(weight, "weight");
    crushLocation = Collections.unmodifiableSortedMap(new TreeMap<>(crushLocation));
  }

  /** Reads one {@code mon_info_t}. */
  public static MonInfo decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("mon_info_t", STRUCT_VERSION);
    String name = decoder.string();
    EntityAddrVec addrs = EntityAddrVec.decode(decoder);
    int priority = struct.version() >= 2 ? decoder.u16() : 0;
    int weight = struct.version() >= 4 ? decoder.u16() : 0;
    SortedMap<String, String> crushLocation = new TreeMap<>();
    if (struct.version() >= 5) {
      crushLocation.putAll(decoder.map(8, CephDecoder::string, CephDecoder::string));
    }
    decoder.endStruct(struct);
    return new MonInfo(name, addrs, priority, weight, crushLocation);
  }

  /** Writes the version 5 encoding, the one Pacific writes for peers with SERVER_NAUTILUS. */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(STRUCT_VERSION, STRUCT_COMPAT);
    encoder.string(name);
    publicAddrs.encode(encoder);
    encoder.u16(priority).u16(weight);
    encoder.map(crushLocation, (k, e) -> e.string(k), (v, e) -> e.string(v));
    encoder.endStruct(struct);
  }

  private static void checkU16(int value, String what) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException(what + " out of range 0..65535: " + value);
    }
  }
}
