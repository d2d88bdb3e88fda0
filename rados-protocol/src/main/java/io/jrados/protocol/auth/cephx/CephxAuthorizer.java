package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * A cephx authorizer: how a client presents a ticket to a service (OSD, MGR, MDS, or the monitors
 * when renewing tickets), and checks the service's answer.
 *
 * <p>Encoding ({@code CephXTicketHandler::build_authorizer}):
 *
 * <pre>
 * u8 1, u64 global_id, u32 service_id, CephXTicketBlob ticket,
 * encode_encrypt(session key, CephXAuthorize {u8 2, u64 nonce, bool have_challenge,
 *                                             u64 server_challenge_plus_one})
 * </pre>
 *
 * <p>Over msgr2 the exchange with a service is: the authorizer without a challenge in AUTH_REQUEST;
 * the service answers AUTH_REPLY_MORE with its challenge ({@link #withChallenge}); the authorizer
 * again, now answering the challenge, in AUTH_REQUEST_MORE; then AUTH_DONE carries the service's
 * proof and the connection secret ({@link #verifyReply}). The challenge (CEPHX_V2) stops a recorded
 * authorizer from being replayed.
 *
 * <p>Immutable. The session key, ticket and nonce never appear in {@link #toString()}.
 */
public final class CephxAuthorizer {
  private static final int AUTHORIZER_VERSION = 1;
  private static final int AUTHORIZE_VERSION = 2;

  private final long globalId;
  private final CephxTicket ticket;
  private final long nonce;
  private final boolean haveChallenge;
  private final long serverChallenge;

  private CephxAuthorizer(
      long globalId, CephxTicket ticket, long nonce, boolean haveChallenge, long serverChallenge) {
    this.globalId = globalId;
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.nonce = nonce;
    this.haveChallenge = haveChallenge;
    this.serverChallenge = serverChallenge;
  }

  /**
   * An authorizer for the service {@code ticket} belongs to, not yet answering a challenge.
   *
   * @param globalId the id the monitors assigned this client
   * @param nonce a random value the service must return incremented; draw it from a {@code
   *     SecureRandom}
   */
  public static CephxAuthorizer create(long globalId, CephxTicket ticket, long nonce) {
    return new CephxAuthorizer(globalId, ticket, nonce, false, 0);
  }

  /**
   * This authorizer answering the service's challenge: decrypts the AUTH_REPLY_MORE payload, the
   * {@code encode_encrypt_enc_bl} (no length prefix) of {@code CephXAuthorizeChallenge {u8 1, u64
   * server_challenge}} under the session key. Consumes the payload.
   *
   * @throws CephxDecryptionException if the challenge is not encrypted with this session key
   * @throws ProtocolException if it is malformed
   */
  public CephxAuthorizer withChallenge(ByteBuf challengePayload) {
    byte[] ciphertext = new byte[challengePayload.readableBytes()];
    challengePayload.readBytes(ciphertext);
    long challenge =
        CephxCrypto.decryptEncBl(
            ticket.sessionKey(),
            ciphertext,
            "CephXAuthorizeChallenge",
            d -> {
              d.u8(); // Struct version: always 1.
              return d.u64();
            });
    return new CephxAuthorizer(globalId, ticket, nonce, true, challenge);
  }

  /** Writes the authorizer, the auth payload of AUTH_REQUEST or AUTH_REQUEST_MORE. */
  public void encode(CephEncoder out) {
    out.u8(AUTHORIZER_VERSION).u64(globalId).u32(Integer.toUnsignedLong(ticket.serviceId()));
    ticket.ticket().encode(out);
    CephxCrypto.encodeEncrypt(
        ticket.sessionKey(),
        body ->
            body.u8(AUTHORIZE_VERSION)
                .u64(nonce)
                .bool(haveChallenge)
                .u64(haveChallenge ? serverChallenge + 1 : 0),
        out);
  }

  /**
   * Checks the service's AUTH_DONE payload, {@code encode_encrypt(session key, CephXAuthorizeReply
   * {u8 v, u64 nonce_plus_one, [v >= 2] bufferlist connection_secret})}, and returns the connection
   * secret.
   *
   * @return the connection secret: 64 bytes in secure mode, empty in crc mode; the caller owns the
   *     array and should overwrite it once the session keys are derived
   * @throws CephxDecryptionException if the reply is not encrypted with this session key
   * @throws CephxAuthenticationException if the service did not return {@code nonce + 1}, i.e. it
   *     could not read the ticket
   */
  public byte[] verifyReply(ByteBuf payload) {
    CephDecoder in = new CephDecoder(payload);
    AuthorizeReply reply =
        CephxCrypto.decodeDecrypt(
            ticket.sessionKey(),
            in,
            "CephXAuthorizeReply",
            d -> {
              int version = d.u8();
              long noncePlusOne = d.u64();
              byte[] secret = version >= 2 ? d.bufferlist() : new byte[0];
              return new AuthorizeReply(noncePlusOne, secret);
            });
    if (reply.noncePlusOne != nonce + 1) {
      throw new CephxAuthenticationException(
          "the "
              + CephxTicket.serviceName(ticket.serviceId())
              + " service failed to prove it holds the session key (authorizer nonce mismatch)");
    }
    return reply.connectionSecret;
  }

  /** The service this authorizer is for, an {@code EntityName.TYPE_*} value. */
  public int serviceId() {
    return ticket.serviceId();
  }

  /** Whether this authorizer answers a service challenge. */
  public boolean hasChallenge() {
    return haveChallenge;
  }

  /** Service, global id and whether a challenge is answered; no key material. */
  @Override
  public String toString() {
    return "CephxAuthorizer{service="
        + CephxTicket.serviceName(ticket.serviceId())
        + ", globalId="
        + globalId
        + ", secretId="
        + ticket.secretId()
        + ", challenged="
        + haveChallenge
        + "}";
  }

  private record AuthorizeReply(long noncePlusOne, byte[] connectionSecret) {}
}
