package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Arrays;
import java.util.Objects;

/**
 * OSD to client ({@link MessageType#WATCH_NOTIFY}): an event for a watch or a notify the client
 * made on an object. {@link #NOTIFY} brings a notify to a watcher, which answers it with a
 * NOTIFY_ACK op; {@link #NOTIFY_COMPLETE} tells the notifier that every watcher acked or the notify
 * timed out, with the acks' payloads; {@link #DISCONNECT} tells a watcher that its watch is gone.
 *
 * <p>Front, header version 3, compat 1: {@code u8} payload version (1), {@code u8} opcode, {@code
 * u64} cookie (the watch's, or for a completion the notify's own), {@code u64} ver (the object's
 * version; librados ignores it), {@code u64} notify_id, {@code bufferlist} payload; header version
 * 2 adds {@code s32} return_code, version 3 {@code u64} notifier_gid. A NOTIFY_COMPLETE carries the
 * watchers' replies in the data segment (see {@code WatchOps.parseNotifyReplies}); the front's
 * payload is then empty.
 *
 * @param cookie the watch (for NOTIFY, DISCONNECT) or notify (for NOTIFY_COMPLETE) it concerns
 * @param version the object version the OSD sent (librados ignores it)
 * @param notifyId the OSD's id of the notify, echoed in the NOTIFY_ACK
 * @param opcode {@link #NOTIFY}, {@link #NOTIFY_COMPLETE} or {@link #DISCONNECT}
 * @param payload the notifier's payload (empty for a completion)
 * @param returnCode for a completion: 0, or -ETIMEDOUT if some watcher did not ack in time
 * @param notifierGid the global id of the client that sent the notify (0 if unknown)
 */
public record MWatchNotify(
    long cookie,
    long version,
    long notifyId,
    int opcode,
    byte[] payload,
    int returnCode,
    long notifierGid)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 3;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 1;

  /** A notify for one of the client's watches. */
  public static final int NOTIFY = 1;

  /** The end of one of the client's notifies. */
  public static final int NOTIFY_COMPLETE = 2;

  /** One of the client's watches was removed by the OSD. */
  public static final int DISCONNECT = 3;

  /** Checks the fields. */
  public MWatchNotify {
    Objects.requireNonNull(payload, "payload");
    if (opcode < 0 || opcode > 0xFF) {
      throw new IllegalArgumentException("watch-notify opcode out of range 0..255: " + opcode);
    }
  }

  @Override
  public int type() {
    return MessageType.WATCH_NOTIFY;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** The version of the front's own layout, its first byte. */
  private static final int PAYLOAD_VERSION = 1;

  /** Reads the front of any version; fields a version lacks are 0. */
  public static MWatchNotify decode(CephDecoder decoder, int headerVersion) {
    int payloadVersion = decoder.u8();
    if (payloadVersion < PAYLOAD_VERSION) {
      // Version 0 had no payload: no OSD since Firefly sends it.
      throw new ProtocolException(
          "MWatchNotify payload version " + payloadVersion + ", expected 1");
    }
    int opcode = decoder.u8();
    long cookie = decoder.u64();
    long version = decoder.u64();
    long notifyId = decoder.u64();
    byte[] payload = decoder.bufferlist();
    int returnCode = headerVersion >= 2 ? decoder.s32() : 0;
    long notifierGid = headerVersion >= 3 ? decoder.u64() : 0;
    return new MWatchNotify(cookie, version, notifyId, opcode, payload, returnCode, notifierGid);
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u8(PAYLOAD_VERSION).u8(opcode).u64(cookie).u64(version).u64(notifyId);
    encoder.bufferlist(payload);
    encoder.s32(returnCode).u64(notifierGid);
  }

  /** The opcode's name, for logs. */
  public static String opcodeName(int opcode) {
    return switch (opcode) {
      case NOTIFY -> "notify";
      case NOTIFY_COMPLETE -> "notify-complete";
      case DISCONNECT -> "disconnect";
      default -> "opcode " + opcode;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MWatchNotify m
        && cookie == m.cookie
        && version == m.version
        && notifyId == m.notifyId
        && opcode == m.opcode
        && Arrays.equals(payload, m.payload)
        && returnCode == m.returnCode
        && notifierGid == m.notifierGid;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cookie, version, notifyId, opcode, Arrays.hashCode(payload), returnCode, notifierGid);
  }

  @Override
  public String toString() {
    return "MWatchNotify("
        + opcodeName(opcode)
        + " cookie "
        + cookie
        + " notify_id "
        + notifyId
        + ", "
        + payload.length
        + " bytes, rc "
        + returnCode
        + ", from "
        + notifierGid
        + ")";
  }
}
