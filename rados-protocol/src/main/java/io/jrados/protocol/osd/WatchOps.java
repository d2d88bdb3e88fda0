package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityNum;
import io.jrados.protocol.encoding.VersionedStruct;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Watch and notify ops. A client watches an object (WATCH), keeps the watch alive with pings, and
 * is told of every notify sent to the object, which it acknowledges (NOTIFY_ACK) with a payload of
 * its own; the notifier (NOTIFY) learns every watcher's reply, or which ones did not answer in
 * time.
 *
 * <p>WATCH uses the {@code watch} union: {@code u64 cookie, u64 ver (unused), u8 op, u32 gen, u32
 * timeout}. NOTIFY uses {@code notify}: {@code u64 cookie}; its indata is {@code u32 prot_ver (1),
 * u32 timeout, bufferlist payload}. NOTIFY_ACK's indata is {@code u64 notify_id, u64 cookie,
 * bufferlist reply}, with an all-zero union, as librados sends it.
 */
public final class WatchOps {
  private WatchOps() {}

  /** WATCH op: remove the watch. */
  public static final int OP_UNWATCH = 0;

  // Only odd values: an OSD of before Giant read any even value as an unwatch.

  /** WATCH op: register (the pre-Hammer form; not sent). */
  public static final int OP_LEGACY_WATCH = 1;

  /** WATCH op: register a new watch. */
  public static final int OP_WATCH = 3;

  /** WATCH op: re-attach an existing watch to this connection (after a reset or a new primary). */
  public static final int OP_RECONNECT = 5;

  /** WATCH op: the watcher is still there. */
  public static final int OP_PING = 7;

  /** The notify protocol version librados sends. */
  static final int NOTIFY_PROTOCOL_VERSION = 1;

  /**
   * A WATCH op.
   *
   * @param cookie the client's id of the watch, unique per client
   * @param op {@link #OP_WATCH}, {@link #OP_RECONNECT}, {@link #OP_PING} or {@link #OP_UNWATCH}
   * @param gen the registration generation (raised with each reconnect)
   * @param timeoutSeconds how long the OSD keeps the watch without the client; 0: the OSD's default
   */
  public static OsdOp watch(long cookie, int op, long gen, long timeoutSeconds) {
    return OsdOp.of(
        OsdOpCode.WATCH,
        0,
        new OsdOp.Fields().u64(cookie).u64(0).u8(op).u32(gen).u32(timeoutSeconds),
        Unpooled.EMPTY_BUFFER);
  }

  /**
   * A NOTIFY op. Its outdata is the notify's id; the watchers' replies come later, in a
   * NOTIFY_COMPLETE event for {@code cookie}.
   *
   * @param cookie the client's id of this notify, which its completion event carries
   * @param timeoutSeconds how long the OSD waits for watchers' acks; 0: the OSD's default
   */
  public static OsdOp notify(long cookie, long timeoutSeconds, byte[] payload) {
    ByteBuf in =
        Indata.encoded(e -> e.u32(NOTIFY_PROTOCOL_VERSION).u32(timeoutSeconds).bufferlist(payload));
    return OsdOp.of(OsdOpCode.NOTIFY, 0, new OsdOp.Fields().u64(cookie), in);
  }

  /** A NOTIFY_ACK: the watch {@code cookie} answers notify {@code notifyId} with {@code reply}. */
  public static OsdOp notifyAck(long notifyId, long cookie, byte[] reply) {
    ByteBuf in = Indata.encoded(e -> e.u64(notifyId).u64(cookie).bufferlist(reply));
    return OsdOp.of(OsdOpCode.NOTIFY_ACK, 0, new OsdOp.Fields(), in);
  }

  /** LIST_WATCHERS: the outdata lists the object's watches; see {@link #parseWatchers}. */
  public static OsdOp listWatchers() {
    return OsdOp.simple(OsdOpCode.LIST_WATCHERS, 0);
  }

  /** The notify id in a NOTIFY's outdata ({@code u64}); the buffer is not consumed. */
  public static long parseNotifyId(ByteBuf outdata) {
    return new CephDecoder(outdata.duplicate()).u64();
  }

  /**
   * One watch on an object, as LIST_WATCHERS gives it ({@code watch_item_t}).
   *
   * @param watcher the client, e.g. {@code client.4123}
   * @param cookie the client's id of the watch
   * @param timeoutSeconds how long the OSD keeps the watch while the client is away
   * @param address the client's address (absent, as {@code null}, from version 1 encodings)
   */
  public record Watcher(EntityNum watcher, long cookie, long timeoutSeconds, EntityAddr address) {
    public Watcher {
      Objects.requireNonNull(watcher, "watcher");
    }
  }

  /**
   * Parses a LIST_WATCHERS outdata: {@code obj_list_watch_response_t} (v1), a list of {@code
   * watch_item_t} (v1: name, cookie, timeout; v2 adds the address).
   */
  public static List<Watcher> parseWatchers(ByteBuf outdata) {
    CephDecoder decoder = new CephDecoder(outdata.duplicate());
    VersionedStruct response = decoder.startStruct("obj_list_watch_response_t", 1);
    // Each item is at least a struct header (6) + name (9) + cookie (8) + timeout (4).
    List<Watcher> watchers = decoder.list(27, WatchOps::decodeWatcher);
    decoder.endStruct(response);
    return watchers;
  }

  private static Watcher decodeWatcher(CephDecoder decoder) {
    VersionedStruct item = decoder.startStruct("watch_item_t", 2);
    EntityNum name = EntityNum.decode(decoder);
    long cookie = decoder.u64();
    long timeout = decoder.u32();
    EntityAddr addr = item.version() >= 2 ? EntityAddr.decode(decoder) : null;
    decoder.endStruct(item);
    return new Watcher(name, cookie, timeout, addr);
  }

  /**
   * Who answers a notify: a client's global id and the cookie of its watch.
   *
   * @param gid the watching client's global id (its {@code client.N})
   * @param cookie the watch's cookie
   */
  public record WatcherId(long gid, long cookie) {
    @Override
    public String toString() {
      return "client." + gid + " cookie " + cookie;
    }
  }

  /**
   * What a notify gathered: each watcher's reply payload, in the OSD's order (by gid, then cookie),
   * and the watchers that did not answer in time.
   */
  public record NotifyReplies(Map<WatcherId, byte[]> acks, List<WatcherId> missed) {}

  /**
   * Parses what a NOTIFY_COMPLETE carries in its data segment: {@code map<pair<u64 gid, u64
   * cookie>, bufferlist>} of acks, then the watchers that timed out as {@code u32 count} and {@code
   * pair<u64, u64>} each. No bytes at all (an OSD that sent none) means no replies.
   */
  public static NotifyReplies parseNotifyReplies(byte[] payload) {
    if (payload.length == 0) {
      return new NotifyReplies(Map.of(), List.of());
    }
    CephDecoder decoder = new CephDecoder(Unpooled.wrappedBuffer(payload));
    Map<WatcherId, byte[]> acks =
        decoder.map(20, WatchOps::decodeWatcherId, CephDecoder::bufferlist);
    List<WatcherId> missed =
        decoder.hasRemaining() ? decoder.list(16, WatchOps::decodeWatcherId) : List.of();
    return new NotifyReplies(
        Collections.unmodifiableMap(new LinkedHashMap<>(acks)),
        Collections.unmodifiableList(new ArrayList<>(missed)));
  }

  private static WatcherId decodeWatcherId(CephDecoder decoder) {
    return new WatcherId(decoder.u64(), decoder.u64());
  }
}
