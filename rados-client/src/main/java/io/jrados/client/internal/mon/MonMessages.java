package io.jrados.client.internal.mon;

import io.jrados.client.api.MonCommandResult;
import io.jrados.client.internal.auth.Payloads;
import io.jrados.client.internal.net.MalformedMessages;
import io.jrados.client.internal.net.Msgr2Connection;
import io.jrados.client.internal.net.OutgoingMessage;
import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.AuthConstants;
import io.jrados.protocol.auth.cephx.CephxAuthorizer;
import io.jrados.protocol.auth.cephx.CephxServiceTicketRequest;
import io.jrados.protocol.auth.cephx.CephxTicketSet;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.messages.CephMessage;
import io.jrados.protocol.messages.MAuth;
import io.jrados.protocol.messages.MAuthReply;
import io.jrados.protocol.messages.MConfig;
import io.jrados.protocol.messages.MMonCommand;
import io.jrados.protocol.messages.MMonCommandAck;
import io.jrados.protocol.messages.MMonGetVersion;
import io.jrados.protocol.messages.MMonGetVersionReply;
import io.jrados.protocol.messages.MMonMap;
import io.jrados.protocol.messages.MMonSubscribe;
import io.jrados.protocol.messages.MMonSubscribe.Subscription;
import io.jrados.protocol.messages.MOSDMap;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.messages.PaxosHeader;
import io.jrados.protocol.mon.MonMap;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mon session's messages: encodes what we send (subscriptions, commands), decodes what arrives
 * and keeps the maps. Runs on the mon client's loop.
 */
final class MonMessages {
  private static final Logger log = LoggerFactory.getLogger(MonMessages.class);
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final MonClient client;
  private MonMap monMap;
  private long osdMapEpoch;

  MonMessages(MonClient client) {
    this.client = client;
  }

  MonMap monMap() {
    return monMap;
  }

  /**
   * monmap and osdmap (continuous, from the next epoch we lack) and config. The osdmap stays
   * subscribed, rather than asked for once as the kernel does, so ops waiting for a primary, an
   * unpause or a new pool learn of the map that lets them go without traffic of their own.
   */
  void subscribe(Msgr2Connection conn) {
    SortedMap<String, Subscription> subs = new TreeMap<>();
    subs.put("monmap", new Subscription(monMap == null ? 0 : monMap.epoch() + 1, 0));
    subs.put("config", new Subscription(0, 0));
    subs.put("osdmap", new Subscription(osdMapEpoch == 0 ? 0 : osdMapEpoch + 1, 0));
    send(conn, new MMonSubscribe(subs, hostname()), 0, Unpooled.EMPTY_BUFFER);
  }

  /** The osdmap subscription again, from {@code start} (0: the newest full map). */
  void subscribeOsdMap(Msgr2Connection conn, long start) {
    SortedMap<String, Subscription> subs = new TreeMap<>();
    subs.put("osdmap", new Subscription(start, 0));
    send(conn, new MMonSubscribe(subs, hostname()), 0, Unpooled.EMPTY_BUFFER);
  }

  /** Asks for the newest (and oldest) epoch of a map ("osdmap"); the reply names {@code handle}. */
  void sendGetVersion(Msgr2Connection conn, long handle, String what) {
    send(conn, new MMonGetVersion(handle, what), handle, Unpooled.EMPTY_BUFFER);
  }

  /** MAuth carrying a cephx GET_PRINCIPAL_SESSION_KEY for the {@code needed} services. */
  void sendServiceTicketRequest(
      Msgr2Connection conn, long globalId, CephxTicketSet tickets, int needed) {
    CephxAuthorizer authorizer =
        CephxAuthorizer.create(globalId, tickets.authTicket().orElseThrow(), RANDOM.nextLong());
    byte[] payload =
        Payloads.encode(out -> CephxServiceTicketRequest.encode(authorizer, needed, out));
    send(
        conn,
        new MAuth(PaxosHeader.CLIENT, AuthConstants.METHOD_CEPHX, payload, monMap.epoch()),
        0,
        Unpooled.EMPTY_BUFFER);
  }

  void sendCommand(Msgr2Connection conn, PendingCommand p) {
    MMonCommand cmd = MMonCommand.fromClient(monMap.fsid(), p.json);
    send(
        conn,
        cmd,
        p.tid,
        p.input.length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(p.input));
  }

  /** A request with no data segment, under {@code tid} (pool stats, statfs). */
  void sendRequest(Msgr2Connection conn, CephMessage m, long tid) {
    send(conn, m, tid, Unpooled.EMPTY_BUFFER);
  }

  private static void send(Msgr2Connection conn, CephMessage m, long tid, ByteBuf data) {
    ByteBuf front = Unpooled.buffer();
    m.encode(new CephEncoder(front));
    conn.send(
        new OutgoingMessage(
            m.type(),
            m.headerVersion(),
            m.compatVersion(),
            OutgoingMessage.PRIORITY_DEFAULT,
            tid,
            front,
            data,
            0));
  }

  void handle(MessageFrame message) {
    try {
      int type = message.header().type();
      int version = message.header().version();
      CephDecoder front = new CephDecoder(message.front());
      switch (type) {
        case MessageType.MON_MAP -> {
          MonMap map = MMonMap.decode(front, version).monMap();
          if (monMap == null || map.epoch() >= monMap.epoch()) {
            monMap = map;
          }
          client.monMapArrived(map);
        }
        case MessageType.MON_COMMAND_ACK -> {
          MMonCommandAck ack = MMonCommandAck.decode(front, version);
          client.commandAcked(
              message.header().tid(),
              new MonCommandResult(
                  ack.result(), ack.status(), ByteBufUtil.getBytes(message.data())));
        }
        case MessageType.CONFIG -> {
          // The central config the mon pushes is not applied to this client yet; decoding it
          // still reports a malformed one.
          MConfig.decode(front, version);
        }
        case MessageType.AUTH_REPLY -> onAuthReply(MAuthReply.decode(front, version));
        case MessageType.OSD_MAP -> {
          MOSDMap maps = MOSDMap.decode(front, version);
          osdMapEpoch = Math.max(osdMapEpoch, maps.lastEpoch());
          client.osdMapArrived(maps);
        }
        case MessageType.MON_GET_VERSION_REPLY -> {
          MMonGetVersionReply reply = MMonGetVersionReply.decode(front, version);
          client.versionArrived(reply.handle(), reply.newest());
        }
        case MessageType.GETPOOLSTATS_REPLY ->
            client.replied(
                message.header().tid(),
                io.jrados.protocol.messages.MGetPoolStatsReply.decode(front, version));
        case MessageType.STATFS_REPLY ->
            client.replied(
                message.header().tid(),
                io.jrados.protocol.messages.MStatfsReply.decode(front, version));
        case MessageType.POOLOP_REPLY ->
            client.replied(
                message.header().tid(),
                io.jrados.protocol.messages.MPoolOpReply.decode(front, version));
        case MessageType.MON_SUBSCRIBE_ACK -> {
          // Only sent to clients without MON_STATEFUL_SUB; nothing to do.
        }
        default -> log.debug("ignoring message type {} from the mon", type);
      }
    } catch (ProtocolException e) {
      // One malformed message fails only itself; the session goes on.
      MalformedMessages.dropped(log, message, "the mon", e);
    } finally {
      message.release();
    }
  }

  private void onAuthReply(MAuthReply reply) {
    if (reply.result() < 0) {
      log.warn("the mon refused to renew service tickets: {} {}", reply.result(), reply.message());
      client.ticketsRenewed(null);
      return;
    }
    CephxTicketSet renewed =
        CephxServiceTicketRequest.decodeReply(
            Unpooled.wrappedBuffer(reply.payload()), client.tickets(), java.time.Instant.now());
    client.ticketsRenewed(renewed);
  }

  private static String hostname() {
    return HOSTNAME;
  }

  /** Looked up once: a slow resolver must not stall the event loop on every subscription. */
  private static final String HOSTNAME = lookUpHostname();

  private static String lookUpHostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
