package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.UTime;
import io.netty.buffer.ByteBuf;
import java.time.Instant;
import java.util.List;

/**
 * Decodes a list of granted tickets, Ceph's service ticket reply ({@code
 * cephx_build_service_ticket_reply}): {@code u8 1, u32 count}, then per ticket:
 *
 * <pre>
 * u32 service_id, u8 1,
 * encode_encrypt(principal key, {u8 1, CryptoKey session_key, utime_t validity}),
 * u8 ticket_is_encrypted,
 * ticket_is_encrypted ? encode_encrypt(previous session key, bufferlist ticket)
 *                     : bufferlist ticket
 * </pre>
 *
 * where {@code ticket} holds a {@link CephxTicketBlob}. The principal key is the client's secret
 * for the AUTH ticket and the AUTH session key for everything else. The monitor encrypts a ticket
 * only when renewing the AUTH ticket, with the session key of the ticket being replaced.
 */
final class CephxTicketReply {
  /** service_id, version, empty encrypted bufferlist, flag, empty bufferlist. */
  private static final int MIN_TICKET_SIZE = 4 + 1 + 4 + 1 + 4;

  private CephxTicketReply() {}

  /**
   * Reads a ticket reply.
   *
   * @param principalKey the key the session keys are encrypted with
   * @param previous the tickets held so far, for encrypted tickets
   * @param now the time of receipt, from which expiry times are computed
   */
  static List<CephxTicket> decode(
      CephDecoder in, CryptoKey principalKey, CephxTicketSet previous, Instant now) {
    in.u8(); // Reply version: always 1, and Ceph does not check it.
    return in.list(MIN_TICKET_SIZE, d -> decodeTicket(d, principalKey, previous, now));
  }

  private static CephxTicket decodeTicket(
      CephDecoder in, CryptoKey principalKey, CephxTicketSet previous, Instant now) {
    int serviceId = in.s32();
    String service = CephxTicket.serviceName(serviceId);
    in.u8(); // Per-ticket version: always 1.
    SessionKeyAndValidity granted =
        CephxCrypto.decodeDecrypt(
            principalKey,
            in,
            "CephXServiceTicket for " + service,
            d -> {
              d.u8(); // Struct version: always 1.
              return new SessionKeyAndValidity(CryptoKey.decode(d), UTime.decode(d));
            });
    boolean ticketEncrypted = in.bool();
    CephxTicketBlob ticket;
    if (ticketEncrypted) {
      CryptoKey oldKey =
          previous
              .get(serviceId)
              .orElseThrow(
                  () ->
                      new ProtocolException(
                          "the ticket for "
                              + service
                              + " is encrypted with a previous session key, but none is held"))
              .sessionKey();
      ticket =
          CephxCrypto.decodeDecrypt(
              oldKey, in, "ticket for " + service, d -> decodeTicketBlob(d.bufferlistSlice()));
    } else {
      ticket = decodeTicketBlob(in.bufferlistSlice());
    }
    return CephxTicket.received(serviceId, granted.key(), ticket, granted.validity(), now);
  }

  /** Decodes the bufferlist that wraps a ticket blob; it must hold exactly the blob. */
  private static CephxTicketBlob decodeTicketBlob(ByteBuf wrapped) {
    CephDecoder inner = new CephDecoder(wrapped);
    CephxTicketBlob blob = CephxTicketBlob.decode(inner);
    if (inner.hasRemaining()) {
      throw new ProtocolException(
          "ticket bufferlist has " + inner.remaining() + " bytes after the ticket blob");
    }
    return blob;
  }

  /** A decrypted {@code CephXServiceTicket}: the session key and how long it is valid. */
  private record SessionKeyAndValidity(CryptoKey key, UTime validity) {}
}
