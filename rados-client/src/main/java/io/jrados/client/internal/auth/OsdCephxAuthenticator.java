package io.jrados.client.internal.auth;

import io.jrados.client.api.AuthenticationException;
import io.jrados.client.internal.net.Authenticator;
import io.jrados.protocol.auth.AuthConstants;
import io.jrados.protocol.auth.cephx.CephxAuthorizer;
import io.jrados.protocol.auth.cephx.CephxTicket;
import io.netty.buffer.Unpooled;
import java.security.SecureRandom;
import java.util.List;

/**
 * cephx towards a service (an OSD): present an authorizer built from the service ticket the mons
 * gave us, answer the service's CEPHX_V2 challenge with the same authorizer now carrying the
 * challenge, and check on AUTH_DONE that the service could read the ticket (it returns our nonce
 * plus one, together with the connection secret).
 *
 * <p>One instance per connection attempt: the nonce and the challenge belong to that attempt.
 */
public final class OsdCephxAuthenticator implements Authenticator {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String entity;
  private final List<Integer> modes;
  private final CephxTicket serviceTicket;
  private CephxAuthorizer authorizer;

  /**
   * @param entity our name, for messages ("client.admin")
   * @param globalId the id the mons gave this client
   * @param serviceTicket the ticket for the service we connect to (osd)
   * @param modes connection modes in our order of preference
   */
  public OsdCephxAuthenticator(
      String entity, long globalId, CephxTicket serviceTicket, List<Integer> modes) {
    this.entity = entity;
    this.modes = List.copyOf(modes);
    this.serviceTicket = serviceTicket;
    this.authorizer = CephxAuthorizer.create(globalId, serviceTicket, RANDOM.nextLong());
  }

  @Override
  public int method() {
    return AuthConstants.METHOD_CEPHX;
  }

  @Override
  public List<Integer> preferredModes() {
    return modes;
  }

  @Override
  public String entity() {
    return entity;
  }

  @Override
  public byte[] initialRequest() {
    return Payloads.encode(authorizer::encode);
  }

  @Override
  public byte[] handleMore(byte[] serverPayload) {
    if (authorizer.hasChallenge()) {
      // A second challenge would mean the service did not accept our answer to the first.
      throw new AuthenticationException(
          "the OSD challenged the authorizer twice; it did not accept the answer", 13);
    }
    authorizer = authorizer.withChallenge(Unpooled.wrappedBuffer(serverPayload));
    return Payloads.encode(authorizer::encode);
  }

  @Override
  public Result done(long globalId, int connectionMode, byte[] serverPayload) {
    byte[] secret = authorizer.verifyReply(Unpooled.wrappedBuffer(serverPayload));
    return new Result(serviceTicket.sessionKey(), secret);
  }
}
