package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Client to mon ({@link MessageType#MON_SUBSCRIBE}): the maps the client wants to be sent, and from
 * which epoch.
 *
 * <p>Front, header version 3 (what Pacific writes and reads): {@code map<string what,
 * ceph_mon_subscribe_item{u64 start, u8 flags}>}, then {@code string hostname}. Version 2 is the
 * same without the host name (the Linux kernel still sends it). Version 1 and older, sent only to
 * peers without SUBSCRIBE2, used another item layout and are not read. No data segment.
 *
 * @param subscriptions by what is subscribed to, e.g. {@code "monmap"} or {@code "osdmap"}
 * @param hostname the client's host name, which the mons only log; may be empty
 */
public record MMonSubscribe(SortedMap<String, Subscription> subscriptions, String hostname)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 3;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 1;

  /** The oldest header version {@link #decode} reads. */
  public static final int OLDEST_DECODABLE_VERSION = 2;

  /** Subscription flag: send one map, then drop the subscription. */
  public static final int FLAG_ONETIME = 1;

  /** Each subscription: a string of at least 4 bytes, then 9 bytes of item. */
  private static final int MIN_ENTRY_SIZE = 4 + 9;

  /** Copies the subscriptions, sorted by name as Ceph sorts them (the names are ASCII). */
  public MMonSubscribe {
    subscriptions = Collections.unmodifiableSortedMap(new TreeMap<>(subscriptions));
    Objects.requireNonNull(hostname, "hostname");
  }

  /**
   * One subscription ({@code ceph_mon_subscribe_item}).
   *
   * @param start the first epoch wanted; 0 for the latest
   * @param flags {@link #FLAG_ONETIME} or 0 to keep receiving new epochs
   */
  public record Subscription(long start, int flags) {
    /** Checks that {@code flags} fits its byte. */
    public Subscription {
      if (flags < 0 || flags > 0xFF) {
        throw new IllegalArgumentException("subscription flags out of range 0..255: " + flags);
      }
    }

    /** Whether the subscription ends after one map. */
    public boolean onetime() {
      return (flags & FLAG_ONETIME) != 0;
    }

    static Subscription decode(CephDecoder decoder) {
      long start = decoder.u64();
      int flags = decoder.u8();
      return new Subscription(start, flags);
    }

    void encode(CephEncoder encoder) {
      encoder.u64(start).u8(flags);
    }
  }

  @Override
  public int type() {
    return MessageType.MON_SUBSCRIBE;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front of a version 2 or later message; a version 2 front has no host name. */
  public static MMonSubscribe decode(CephDecoder decoder, int headerVersion) {
    HeaderVersions.requireAtLeast("mon_subscribe", headerVersion, OLDEST_DECODABLE_VERSION);
    SortedMap<String, Subscription> subscriptions =
        new TreeMap<>(decoder.map(MIN_ENTRY_SIZE, CephDecoder::string, Subscription::decode));
    String hostname = headerVersion >= 3 ? decoder.string() : "";
    return new MMonSubscribe(subscriptions, hostname);
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.map(subscriptions, (what, e) -> e.string(what), Subscription::encode);
    encoder.string(hostname);
  }
}
