package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import java.time.Instant;

/**
 * Asking the monitors for service tickets on an authenticated session, to renew them before they
 * expire: the cephx payload of an MAuth message, and the decoding of the MAuthReply payload.
 *
 * <p>Request ({@code CephxClientHandler::build_request}): {@code le16 GET_PRINCIPAL_SESSION_KEY},
 * an authorizer for the AUTH ticket, then {@code CephXServiceTicketRequest {u8 1, u32 keys}}. The
 * reply is {@code le16 GET_PRINCIPAL_SESSION_KEY, s32 status} and a ticket reply whose session keys
 * are encrypted with the AUTH session key.
 *
 * <p>The monitor does not answer the authorizer's nonce here, so there is nothing to verify beyond
 * the decryption.
 */
public final class CephxServiceTicketRequest {
  private static final int REQUEST_VERSION = 1;

  private CephxServiceTicketRequest() {}

  /**
   * Writes the request payload.
   *
   * @param authorizer an authorizer built from the AUTH ticket
   * @param keys the services wanted, a mask of {@code EntityName.TYPE_*} bits
   */
  public static void encode(CephxAuthorizer authorizer, int keys, CephEncoder out) {
    out.u16(CephxConstants.GET_PRINCIPAL_SESSION_KEY);
    authorizer.encode(out);
    out.u8(REQUEST_VERSION).u32(Integer.toUnsignedLong(keys));
  }

  /**
   * Decodes the reply payload and returns {@code current} with the granted tickets replaced.
   *
   * @param current the tickets held, which must include the AUTH ticket
   * @param now the time of receipt, from which expiry times are computed
   * @throws CephxDecryptionException if the tickets are not encrypted with the AUTH session key
   * @throws CephxAuthenticationException if the monitor reports an error
   * @throws ProtocolException if the payload is malformed
   */
  public static CephxTicketSet decodeReply(ByteBuf payload, CephxTicketSet current, Instant now) {
    CephxTicket auth =
        current
            .authTicket()
            .orElseThrow(() -> new IllegalStateException("service tickets require an AUTH ticket"));
    CephDecoder in = new CephDecoder(payload);
    CephxResponseHeader.expect(in, CephxConstants.GET_PRINCIPAL_SESSION_KEY);
    return current.with(CephxTicketReply.decode(in, auth.sessionKey(), current, now));
  }
}
