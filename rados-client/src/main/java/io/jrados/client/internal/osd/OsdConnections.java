package io.jrados.client.internal.osd;

import io.jrados.client.api.AuthenticationException;
import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.internal.auth.Credentials;
import io.jrados.client.internal.auth.OsdCephxAuthenticator;
import io.jrados.client.internal.mon.MonClient;
import io.jrados.client.internal.net.ConnectionSpec;
import io.jrados.client.internal.net.MessageListener;
import io.jrados.client.internal.net.Msgr2Connection;
import io.jrados.client.internal.net.Msgr2Connector;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.auth.cephx.CephxTicket;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.messages.CephFeatures;
import io.jrados.protocol.msgr2.MessageFrame;
import io.jrados.protocol.osdmap.OsdMap;
import io.netty.util.concurrent.EventExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's sessions with OSDs: one per OSD, opened on first use with a cephx authorizer from
 * the mons' OSD ticket, closed when the map says the OSD went down or moved. Messages arriving on
 * them go to the {@link OsdMessages} handler. Event loop only.
 */
public final class OsdConnections implements MessageListener {
  private static final Duration FIRST_RETRY = Duration.ofMillis(100);
  private static final Duration MAX_RETRY = Duration.ofSeconds(5);

  private final ClientOptions options;
  private final Credentials credentials;
  private final MonClient mon;
  private final Msgr2Connector connector;
  private final EventExecutor loop;
  private final Clock clock;
  private final AtomicLong globalSeq = new AtomicLong(1L << 20);
  private final Map<Integer, OsdSession> sessions = new HashMap<>();
  private final Map<Msgr2Connection, OsdSession> byConnection = new java.util.IdentityHashMap<>();
  private final Map<Integer, Integer> failures = new HashMap<>();
  private Objecter objecter;
  private OsdMessages messages;

  public OsdConnections(
      ClientOptions options,
      Credentials credentials,
      MonClient mon,
      Msgr2Connector connector,
      EventExecutor loop,
      Clock clock) {
    this.options = options;
    this.credentials = credentials;
    this.mon = mon;
    this.connector = connector;
    this.loop = loop;
    this.clock = clock;
  }

  void bind(Objecter objecter) {
    this.objecter = objecter;
    this.messages = new OsdMessages(objecter);
  }

  /** The session for {@code osd}, connecting it if need be. */
  OsdSession session(int osd, OsdMap map) {
    OsdSession s = sessions.get(osd);
    if (s != null) {
      return s;
    }
    Optional<EntityAddr> addr = map.addrs(osd).pickMsgr2();
    s = new OsdSession(osd, addr.map(EntityAddr::toString).orElse("(no msgr2 address)"));
    sessions.put(osd, s);
    if (addr.isEmpty()) {
      failLater(
          s,
          new ConnectionClosedException(
              "osd." + osd + " has no msgr2 address in osdmap epoch " + map.epoch()));
    } else {
      connect(s, addr.get());
    }
    return s;
  }

  /**
   * Drops a session that cannot be used, after the caller has queued its op on it: dropping it at
   * once would hand back ops before the caller's one joined them.
   */
  private void failLater(OsdSession s, Throwable cause) {
    loop.execute(() -> dropped(s, cause));
  }

  private void connect(OsdSession s, EntityAddr target) {
    Optional<CephxTicket> ticket = mon.serviceTicket(EntityName.TYPE_OSD);
    if (ticket.isEmpty() || ticket.get().isExpired(clock.instant())) {
      mon.requestServiceTickets();
      failLater(
          s,
          new AuthenticationException(
              "no valid osd service ticket yet for " + credentials.name() + "; asked the mons", 0));
      return;
    }
    s.connecting = true;
    OsdCephxAuthenticator auth =
        new OsdCephxAuthenticator(
            credentials.name().toString(),
            mon.globalId(),
            ticket.get(),
            MonClient.modes(options.clientModes()));
    ConnectionSpec spec =
        new ConnectionSpec(
            target,
            auth,
            CephFeatures.CLIENT_SUPPORTED,
            CephFeatures.CLIENT_REQUIRED,
            options.connectTimeout(),
            globalSeq.incrementAndGet());
    CompletableFuture<Msgr2Connection> f = connector.connect(spec, this);
    f.whenComplete((conn, error) -> loop.execute(() -> connected(s, conn, error)));
  }

  private void connected(OsdSession s, Msgr2Connection conn, Throwable error) {
    s.connecting = false;
    if (s.closed) {
      if (conn != null) {
        conn.close();
      }
      return;
    }
    if (error != null) {
      dropped(s, Causes.unwrap(error));
      return;
    }
    s.connection = conn;
    byConnection.put(conn, s);
    failures.remove(s.osd);
    conn.startKeepalive(options.monPingInterval(), options.monPingTimeout());
    objecter.flush(s);
  }

  /** Forgets a session whose connection failed or closed; its ops go back to the objecter. */
  private void dropped(OsdSession s, Throwable cause) {
    if (s.closed) {
      return;
    }
    if (sessions.get(s.osd) == s) {
      sessions.remove(s.osd);
    }
    if (s.connection != null) {
      byConnection.remove(s.connection);
    }
    s.closed = true;
    failures.merge(s.osd, 1, Integer::sum);
    objecter.sessionLost(s, cause);
  }

  /** How long to wait before sending again to an OSD whose connection failed. */
  Duration retryDelay(OsdSession s) {
    int n = failures.getOrDefault(s.osd, 1);
    long millis = FIRST_RETRY.toMillis() << Math.min(10, Math.max(0, n - 1));
    return Duration.ofMillis(Math.min(millis, MAX_RETRY.toMillis()));
  }

  void send(OsdRequest r, long epoch) {
    OsdSession s = r.session;
    s.connection.send(OsdMessages.encode(r, epoch, s.connection.handshake().features()));
  }

  /** Closes sessions to OSDs the new map marks down or gives another address. */
  void mapChanged(OsdMap map) {
    for (OsdSession s : new ArrayList<>(sessions.values())) {
      Optional<EntityAddr> addr = map.isUp(s.osd) ? map.addrs(s.osd).pickMsgr2() : Optional.empty();
      if (addr.isEmpty() || !addr.get().toString().equals(s.address)) {
        Msgr2Connection c = s.connection;
        dropped(
            s,
            new ConnectionClosedException(
                "osd." + s.osd + " is down or moved in osdmap epoch " + map.epoch()));
        if (c != null) {
          c.close();
        }
      }
    }
  }

  @Override
  public void onMessage(Msgr2Connection connection, MessageFrame message) {
    Runnable handle =
        () -> {
          OsdSession s = sessionOf(connection);
          if (s == null) {
            message.release();
            return;
          }
          messages.handle(s, message);
        };
    if (loop.inEventLoop()) {
      handle.run();
    } else {
      loop.execute(handle);
    }
  }

  @Override
  public void onClose(Msgr2Connection connection, Throwable cause) {
    loop.execute(
        () -> {
          OsdSession s = sessionOf(connection);
          if (s != null) {
            dropped(s, cause);
          }
        });
  }

  private OsdSession sessionOf(Msgr2Connection connection) {
    return byConnection.get(connection);
  }

  /** Open sessions, for diagnostics and tests. */
  int openSessions() {
    return (int) sessions.values().stream().filter(OsdSession::ready).count();
  }

  CompletableFuture<Void> closeAll() {
    List<CompletableFuture<Void>> closing = new ArrayList<>();
    for (OsdSession s : sessions.values()) {
      s.closed = true;
      if (s.connection != null) {
        closing.add(s.connection.close());
      }
    }
    sessions.clear();
    byConnection.clear();
    return CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]));
  }
}
