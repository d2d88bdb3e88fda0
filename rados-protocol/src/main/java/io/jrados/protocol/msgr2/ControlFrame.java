package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.ByteBuf;

/**
 * The payload of a control frame: every frame but MESSAGE, one segment each. One record per tag,
 * with the fields of the matching {@code *Frame} class in Ceph's {@code frames_v2.h} ({@code
 * ControlFrame<..., fields...>}), in order.
 *
 * <p>Payloads are encoded as Ceph encodes frames, assuming {@code MSG_ADDR2} and {@code
 * SERVER_NAUTILUS} ({@code msgr2_frame_assumed}): addresses always in their current (marker 1)
 * form. Like Ceph, decoding ignores bytes after the last field.
 */
public sealed interface ControlFrame
    permits HelloFrame,
        AuthRequestFrame,
        AuthBadMethodFrame,
        AuthReplyMoreFrame,
        AuthRequestMoreFrame,
        AuthDoneFrame,
        AuthSignatureFrame,
        ClientIdentFrame,
        ServerIdentFrame,
        IdentMissingFeaturesFrame,
        SessionReconnectFrame,
        SessionResetFrame,
        SessionRetryFrame,
        SessionRetryGlobalFrame,
        SessionReconnectOkFrame,
        WaitFrame,
        Keepalive2Frame,
        Keepalive2AckFrame,
        AckFrame {

  /** The tag of frames that carry this payload. */
  Tag tag();

  /** Writes the payload. */
  void encode(CephEncoder encoder);

  /**
   * Decodes the payload of a received control frame, without moving its segment's reader index.
   *
   * @throws ProtocolException if the frame is a MESSAGE or its payload is malformed
   */
  static ControlFrame decode(Frame frame) {
    return decode(frame.tag(), frame.segment(0).duplicate());
  }

  /**
   * Decodes a payload of frames with {@code tag}, reading from {@code payload}'s reader index.
   *
   * @throws ProtocolException if {@code tag} is MESSAGE or the payload is malformed
   */
  static ControlFrame decode(Tag tag, ByteBuf payload) {
    if (tag.isMessage()) {
      throw new ProtocolException(tag + " frames carry a message, not a control payload");
    }
    CephDecoder d = new CephDecoder(payload);
    try {
      switch (tag) {
        case HELLO:
          return HelloFrame.decode(d);
        case AUTH_REQUEST:
          return AuthRequestFrame.decode(d);
        case AUTH_BAD_METHOD:
          return AuthBadMethodFrame.decode(d);
        case AUTH_REPLY_MORE:
          return AuthReplyMoreFrame.decode(d);
        case AUTH_REQUEST_MORE:
          return AuthRequestMoreFrame.decode(d);
        case AUTH_DONE:
          return AuthDoneFrame.decode(d);
        case AUTH_SIGNATURE:
          return AuthSignatureFrame.decode(d);
        case CLIENT_IDENT:
          return ClientIdentFrame.decode(d);
        case SERVER_IDENT:
          return ServerIdentFrame.decode(d);
        case IDENT_MISSING_FEATURES:
          return IdentMissingFeaturesFrame.decode(d);
        case SESSION_RECONNECT:
          return SessionReconnectFrame.decode(d);
        case SESSION_RESET:
          return SessionResetFrame.decode(d);
        case SESSION_RETRY:
          return SessionRetryFrame.decode(d);
        case SESSION_RETRY_GLOBAL:
          return SessionRetryGlobalFrame.decode(d);
        case SESSION_RECONNECT_OK:
          return SessionReconnectOkFrame.decode(d);
        case WAIT:
          return WaitFrame.INSTANCE;
        case KEEPALIVE2:
          return Keepalive2Frame.decode(d);
        case KEEPALIVE2_ACK:
          return Keepalive2AckFrame.decode(d);
        case ACK:
          return AckFrame.decode(d);
        default:
          throw new IllegalStateException("no decoder for " + tag);
      }
    } catch (TruncatedInputException e) {
      throw new TruncatedInputException(tag + " frame: " + e.getMessage());
    } catch (ProtocolException e) {
      throw new ProtocolException(tag + " frame: " + e.getMessage(), e);
    }
  }
}
