package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddrVec;
import java.util.Objects;

/**
 * SESSION_RECONNECT ({@code ReconnectFrame}): {@code entity_addrvec_t addrs, u64 client_cookie, u64
 * server_cookie, u64 global_seq, u64 connect_seq, u64 msg_seq}. Resumes a session after a fault
 * instead of CLIENT_IDENT.
 *
 * @param myAddresses the client's addresses
 * @param clientCookie the cookie sent in CLIENT_IDENT
 * @param serverCookie the cookie received in SERVER_IDENT
 * @param globalSeq the client's connection attempt counter
 * @param connectSeq reconnects of this session so far
 * @param msgSeq the last message sequence number received, so the server can resend the rest
 */
public record SessionReconnectFrame(
    EntityAddrVec myAddresses,
    long clientCookie,
    long serverCookie,
    long globalSeq,
    long connectSeq,
    long msgSeq)
    implements ControlFrame {
  /** Checks the addresses are present. */
  public SessionReconnectFrame {
    Objects.requireNonNull(myAddresses, "myAddresses");
  }

  @Override
  public Tag tag() {
    return Tag.SESSION_RECONNECT;
  }

  @Override
  public void encode(CephEncoder encoder) {
    myAddresses.encode(encoder);
    encoder.u64(clientCookie).u64(serverCookie).u64(globalSeq).u64(connectSeq).u64(msgSeq);
  }

  static SessionReconnectFrame decode(CephDecoder decoder) {
    EntityAddrVec addresses = EntityAddrVec.decode(decoder);
    return new SessionReconnectFrame(
        addresses, decoder.u64(), decoder.u64(), decoder.u64(), decoder.u64(), decoder.u64());
  }
}
