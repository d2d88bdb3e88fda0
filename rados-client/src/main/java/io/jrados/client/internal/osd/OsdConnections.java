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
import io.jrados.client.internal.util.EventLoops;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's sessions with OSDs: one per OSD, opened on first use with a cephx authorizer from
 * the mons' OSD ticket, closed when the map says the OSD went down or moved. Messages arriving on
 * them go to the {@link OsdMessages} handler. Event loop only.
 */
public final class OsdConnections implements MessageListener {
  private static final Logger log = LoggerFactory.getLogger(OsdConnections.class);
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

  /** {@link #handle}, made once: a reply then takes no task object (see EventLoops). */
  private final BiConsumer<Msgr2Connection, MessageFrame> handler = this::handle;

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
      // Not usable under this map: hand its ops back once the caller's op has joined them.
      OsdSession unusable = s;
      ConnectionClosedException why =
          new ConnectionClosedException(
              "osd." + osd + " has no msgr2 address in osdmap epoch " + map.epoch());
      loop.execute(() -> close(unusable, why));
    } else {
      s.target = addr.get();
      connect(s);
    }
    return s;
  }

  private void connect(OsdSession s) {
    s.reconnect = null;
    Optional<CephxTicket> ticket = mon.serviceTicket(EntityName.TYPE_OSD);
    if (ticket.isEmpty() || ticket.get().isExpired(clock.instant())) {
      mon.requestServiceTickets();
      lost(
          s,
          new AuthenticationException(
              "no valid osd service ticket yet for " + credentials.name() + "; asked the mons", 0));
      return;
    }
    OsdCephxAuthenticator auth =
        new OsdCephxAuthenticator(
            credentials.name().toString(),
            mon.globalId(),
            ticket.get(),
            MonClient.modes(options.clientModes()));
    ConnectionSpec spec =
        new ConnectionSpec(
            s.target,
            auth,
            CephFeatures.CLIENT_SUPPORTED,
            CephFeatures.CLIENT_REQUIRED,
            options.connectTimeout(),
            globalSeq.incrementAndGet());
    connector
        .connect(spec, this)
        .whenComplete((conn, error) -> loop.execute(() -> connected(s, conn, error)));
  }

  private void connected(OsdSession s, Msgr2Connection conn, Throwable error) {
    if (s.closed) {
      if (conn != null) {
        conn.close();
      }
      return;
    }
    if (error != null) {
      lost(s, Causes.unwrap(error));
      return;
    }
    s.connection = conn;
    s.failures = 0;
    s.lastFailure = null;
    byConnection.put(conn, s);
    // A peer that vanished without a FIN (a cut cable, a frozen host) is noticed by timeout, and
    // the session's ops go out again on a new connection.
    conn.startKeepalive(options.osdKeepaliveInterval(), options.osdKeepaliveTimeout());
    objecter.flush(s);
  }

  /**
   * A session's connection failed or closed while the map still names that OSD: its ops stay on it,
   * unsent, and go out again in tid order when it reconnects after a growing pause. Ops submitted
   * meanwhile queue behind them, so none overtakes an older one to the same object. If a new map
   * says the OSD is down, {@link #mapChanged} hands them elsewhere instead.
   */
  private void lost(OsdSession s, Throwable cause) {
    if (s.closed || s.reconnect != null) {
      return;
    }
    if (s.connection != null) {
      byConnection.remove(s.connection);
      s.connection = null;
    }
    s.backoffs.clear();
    s.failures++;
    s.lastFailure = cause;
    Duration delay = retryDelay(s.failures);
    log.debug("{} lost ({}); reconnecting in {} ms", s, cause.getMessage(), delay.toMillis());
    objecter.sessionInterrupted(s);
    s.reconnect = loop.schedule(() -> connect(s), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Ends a session for good (the OSD is down or moved): its ops go where the map now says. */
  private void close(OsdSession s, Throwable cause) {
    if (s.closed) {
      return;
    }
    s.closed = true;
    if (sessions.get(s.osd) == s) {
      sessions.remove(s.osd);
    }
    if (s.reconnect != null) {
      s.reconnect.cancel(false);
    }
    Msgr2Connection c = s.connection;
    if (c != null) {
      byConnection.remove(c);
      c.close();
    }
    objecter.sessionClosed(s, cause);
  }

  static Duration retryDelay(int failures) {
    long millis = FIRST_RETRY.toMillis() << Math.min(10, Math.max(0, failures - 1));
    return Duration.ofMillis(Math.min(millis, MAX_RETRY.toMillis()));
  }

  void send(OsdRequest r, long epoch) {
    OsdSession s = r.session;
    s.connection.post(OsdMessages.encode(r, epoch, s.connection.handshake().features()));
  }

  /** Ends sessions to OSDs the new map marks down or gives another address. */
  void mapChanged(OsdMap map) {
    for (OsdSession s : new ArrayList<>(sessions.values())) {
      Optional<EntityAddr> addr = map.isUp(s.osd) ? map.addrs(s.osd).pickMsgr2() : Optional.empty();
      if (addr.isEmpty() || !addr.get().toString().equals(s.address)) {
        close(
            s,
            new ConnectionClosedException(
                "osd." + s.osd + " is down or moved in osdmap epoch " + map.epoch()));
      }
    }
  }

  @Override
  public void onMessage(Msgr2Connection connection, MessageFrame message) {
    EventLoops.runOn(loop, handler, connection, message);
  }

  private void handle(Msgr2Connection connection, MessageFrame message) {
    OsdSession s = sessionOf(connection);
    if (s == null) {
      message.release();
      return;
    }
    messages.handle(s, message);
  }

  @Override
  public void onClose(Msgr2Connection connection, Throwable cause) {
    loop.execute(
        () -> {
          OsdSession s = sessionOf(connection);
          if (s != null) {
            lost(s, cause);
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
      if (s.reconnect != null) {
        s.reconnect.cancel(false);
      }
      if (s.connection != null) {
        closing.add(s.connection.close());
      }
    }
    sessions.clear();
    byConnection.clear();
    return CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]));
  }
}
