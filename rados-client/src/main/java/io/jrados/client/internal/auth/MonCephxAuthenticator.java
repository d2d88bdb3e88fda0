package io.jrados.client.internal.auth;

import io.jrados.client.internal.net.Authenticator;
import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.AuthConstants;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.auth.MonAuthRequest;
import io.jrados.protocol.auth.cephx.CephxAuthenticate;
import io.jrados.protocol.auth.cephx.CephxServerChallenge;
import io.jrados.protocol.auth.cephx.CephxSessionKeyReply;
import io.jrados.protocol.auth.cephx.CephxTicket;
import io.jrados.protocol.auth.cephx.CephxTicketBlob;
import io.jrados.protocol.auth.cephx.CephxTicketSet;
import io.jrados.protocol.encoding.EntityName;
import io.netty.buffer.Unpooled;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * cephx against a mon: ask with our name (and the global id we had, if any), prove we hold the
 * secret by answering the server's challenge, and receive the ticket set and the connection secret.
 *
 * <p>Reclaiming a global id after a reconnect presents the old AUTH ticket, as a patched cluster
 * demands (CVE-2021-20288): a global id alone is refused. Until a ticket arrived we ask for a new
 * id (0) rather than claim one we cannot prove.
 */
public final class MonCephxAuthenticator implements Authenticator {
  /** Tickets a client asks for: mon, osd and mgr. */
  public static final int WANTED_SERVICES =
      EntityName.TYPE_MON | EntityName.TYPE_OSD | EntityName.TYPE_MGR;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntityName name;
  private final CryptoKey secret;
  private final long previousGlobalId;
  private final CephxTicketSet previousTickets;
  private final List<Integer> modes;
  private final Clock clock;
  private CephxTicketSet tickets;

  public MonCephxAuthenticator(
      EntityName name,
      CryptoKey secret,
      long previousGlobalId,
      CephxTicketSet previousTickets,
      List<Integer> modes,
      Clock clock) {
    this.name = name;
    this.secret = secret;
    boolean canReclaim = previousTickets.authTicket().isPresent();
    this.previousGlobalId = canReclaim ? previousGlobalId : 0;
    this.previousTickets = previousTickets;
    this.modes = List.copyOf(modes);
    this.clock = clock;
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
    return name.toString();
  }

  @Override
  public byte[] initialRequest() {
    return Payloads.encode(out -> new MonAuthRequest(name, previousGlobalId).encode(out));
  }

  @Override
  public byte[] handleMore(byte[] serverPayload) {
    CephxServerChallenge challenge =
        CephxServerChallenge.decode(Unpooled.wrappedBuffer(serverPayload));
    CephxTicketBlob old =
        previousTickets.authTicket().map(CephxTicket::ticket).orElse(CephxTicketBlob.NONE);
    CephxAuthenticate request =
        CephxAuthenticate.create(secret, challenge, RANDOM.nextLong(), old, WANTED_SERVICES);
    return Payloads.encode(request::encode);
  }

  @Override
  public Result done(long globalId, int connectionMode, byte[] serverPayload) {
    CephxSessionKeyReply reply =
        CephxSessionKeyReply.decode(
            Unpooled.wrappedBuffer(serverPayload), secret, previousTickets, clock.instant());
    tickets = reply.tickets();
    CephxTicket auth =
        tickets
            .authTicket()
            .orElseThrow(() -> new ProtocolException("AUTH_DONE carried no AUTH ticket"));
    return new Result(auth.sessionKey(), reply.connectionSecret());
  }

  /** The tickets AUTH_DONE gave (null before it). */
  public CephxTicketSet tickets() {
    return tickets;
  }
}
