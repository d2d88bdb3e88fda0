package io.jrados.client.internal.mon;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.ConnectionMode;
import io.jrados.client.api.MonCommandResult;
import io.jrados.client.api.NoMonitorReachableException;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.client.internal.auth.Credentials;
import io.jrados.client.internal.auth.MonCephxAuthenticator;
import io.jrados.client.internal.mon.MonTargets.Target;
import io.jrados.client.internal.net.ConnectionSpec;
import io.jrados.client.internal.net.MessageListener;
import io.jrados.client.internal.net.Msgr2Connection;
import io.jrados.client.internal.net.Msgr2Connector;
import io.jrados.client.internal.util.Causes;
import io.jrados.client.internal.util.EventLoops;
import io.jrados.protocol.auth.cephx.CephxTicket;
import io.jrados.protocol.auth.cephx.CephxTicketSet;
import io.jrados.protocol.messages.CephFeatures;
import io.jrados.protocol.messages.CephMessage;
import io.jrados.protocol.messages.MGetPoolStats;
import io.jrados.protocol.messages.MGetPoolStatsReply;
import io.jrados.protocol.messages.MOSDMap;
import io.jrados.protocol.messages.MPoolOp;
import io.jrados.protocol.messages.MPoolOpReply;
import io.jrados.protocol.messages.MStatfs;
import io.jrados.protocol.messages.MStatfsReply;
import io.jrados.protocol.messages.PaxosHeader;
import io.jrados.protocol.mon.MonMap;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session with the monitors: hunts for a mon, subscribes to the monmap, config and osdmap, runs
 * commands by tid, and when the session drops hunts again and resends the commands still waiting,
 * in tid order. All state lives on one event loop.
 *
 * <p>Delivery guarantee for commands: a command is answered once. If its session drops before the
 * ack, it is sent again on the next session (as librados does), so a command that changes state may
 * run twice; the mons make the common ones idempotent (creating an existing pool succeeds).
 */
public final class MonClient implements MessageListener {
  private static final Logger log = LoggerFactory.getLogger(MonClient.class);
  private static final Duration MIN_ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

  private final ClientOptions options;
  private final Credentials credentials;
  private final Msgr2Connector connector;
  private final EventExecutor loop;
  private final Clock clock;
  private final AtomicLong globalSeq = new AtomicLong();
  private final MonMessages messages = new MonMessages(this);

  /** {@link #handle}, made once: a message then takes no task object (see EventLoops). */
  private final BiConsumer<Msgr2Connection, MessageFrame> handler = this::handle;

  private final CompletableFuture<Void> connected = new CompletableFuture<>();
  private final TargetedCommands targeted = new TargetedCommands(this);

  private Msgr2Connection session;
  private String sessionMon;
  private String lastLostMon = "";
  private volatile long globalId;
  private CephxTicketSet tickets = CephxTicketSet.empty();
  private List<Target> configTargets;
  private boolean hunting;
  private MonHunt hunt;
  private ScheduledFuture<?> renewalTimer;
  private long renewalSentNanos;
  private boolean closed;
  private final MonCommands commands;
  private volatile Consumer<MOSDMap> osdMapListener = m -> {};
  private final MonReplyRequests replyRequests;

  public MonClient(
      ClientOptions options,
      Credentials credentials,
      Msgr2Connector connector,
      EventExecutor loop,
      Clock clock) {
    this.options = options;
    this.credentials = credentials;
    this.connector = connector;
    this.loop = loop;
    this.clock = clock;
    this.commands = new MonCommands(loop, this::sendCommand, this::sendGetVersion);
    this.replyRequests = new MonReplyRequests(loop);
  }

  /** Hunts for a first session and waits for the monmap; bounded by the connect timeout. */
  public CompletableFuture<Void> connect() {
    loop.execute(
        () -> {
          try {
            configTargets =
                MonTargets.fromConfig(
                    options
                        .monHosts()
                        .orElseThrow(
                            () ->
                                new RadosException(
                                    "no mon host configured: give -m, mon_host in ceph.conf,"
                                        + " or a conf file")));
          } catch (RuntimeException e) {
            connected.completeExceptionally(e);
            return;
          }
          hunt(options.connectTimeout());
        });
    loop.schedule(
        () -> {
          // Say what happened at each mon, if anything did; else just that time ran out.
          Map<String, String> tried = hunt == null ? Map.of() : hunt.attempts();
          connected.completeExceptionally(
              tried.isEmpty()
                  ? new RadosTimeoutException(
                      "a mon session and the monmap", options.connectTimeout())
                  : new NoMonitorReachableException(tried));
        },
        options.connectTimeout().toNanos(),
        TimeUnit.NANOSECONDS);
    return connected;
  }

  EventExecutor loop() {
    return loop;
  }

  Msgr2Connector connector() {
    return connector;
  }

  boolean isClosed() {
    return closed;
  }

  MonMessages messages() {
    return messages;
  }

  private void hunt(Duration timeout) {
    if (hunting || closed) {
      return;
    }
    hunting = true;
    List<Target> targets =
        messages.monMap() != null ? MonTargets.fromMonMap(messages.monMap()) : configTargets;
    Duration attemptTimeout =
        options.monHuntInterval().compareTo(MIN_ATTEMPT_TIMEOUT) > 0
            ? options.monHuntInterval()
            : MIN_ATTEMPT_TIMEOUT;
    hunt =
        new MonHunt(
            loop,
            targets,
            lastLostMon,
            options.monHuntParallel(),
            options.monHuntInterval(),
            timeout,
            t -> connectTo(t, attemptTimeout));
    hunt.start().whenComplete((conn, error) -> loop.execute(() -> huntEnded(conn, error, targets)));
  }

  private CompletableFuture<Msgr2Connection> connectTo(Target t, Duration timeout) {
    return connector.connect(spec(t, timeout, globalId, tickets), this);
  }

  ConnectionSpec spec(Target t, Duration timeout, long gid, CephxTicketSet held) {
    MonCephxAuthenticator auth =
        new MonCephxAuthenticator(
            credentials.name(),
            credentials.secret(),
            gid,
            held,
            modes(options.monClientModes()),
            clock);
    return new ConnectionSpec(
        t.address(),
        auth,
        CephFeatures.CLIENT_SUPPORTED,
        CephFeatures.CLIENT_REQUIRED,
        timeout,
        globalSeq.incrementAndGet());
  }

  /** Connection modes as the handshake numbers them (1 crc, 2 secure), in the given order. */
  public static List<Integer> modes(List<ConnectionMode> modes) {
    List<Integer> out = new ArrayList<>();
    for (ConnectionMode m : modes) {
      out.add(m == ConnectionMode.SECURE ? 2 : 1);
    }
    return out;
  }

  private void huntEnded(Msgr2Connection conn, Throwable error, List<Target> targets) {
    hunting = false;
    if (closed) {
      if (conn != null) {
        conn.close();
      }
      return;
    }
    if (error != null) {
      Throwable cause = Causes.unwrap(error);
      if (!connected.isDone()) {
        connected.completeExceptionally(cause);
      } else {
        if (cause instanceof io.jrados.client.api.AuthenticationException) {
          // A refused reclaim (say, an expired ticket) must not repeat: start over as a new
          // client; the key itself was good moments ago.
          globalId = 0;
          tickets = CephxTicketSet.empty();
        }
        log.warn("mon hunt failed, trying again: {}", cause.getMessage());
        loop.schedule(
            () -> hunt(options.connectTimeout()),
            options.monHuntInterval().toMillis(),
            TimeUnit.MILLISECONDS);
      }
      return;
    }
    session = conn;
    // Only the winner's tickets go with its global id: each parallel attempt got its own, and a
    // ticket presented with another attempt's global id is refused as a mismatching reclaim.
    tickets = ((MonCephxAuthenticator) conn.spec().authenticator()).tickets();
    sessionMon =
        targets.stream()
            .filter(t -> t.address().equals(conn.spec().target()))
            .map(Target::name)
            .findFirst()
            .orElse(conn.peer());
    globalId = conn.handshake().globalId();
    conn.startKeepalive(options.monPingInterval(), options.monPingTimeout());
    if (renewalTimer == null) {
      renewalTimer = loop.scheduleAtFixedRate(this::renewTicketsIfDue, 1, 1, TimeUnit.SECONDS);
    }
    log.debug("mon session with {} ({}), global id {}", sessionMon, conn.mode(), globalId);
    messages.subscribe(conn);
    resendPending();
  }

  /** Called by {@link MonMessages} when a monmap arrives. */
  void monMapArrived(MonMap map) {
    if (session != null) {
      for (Target t : MonTargets.fromMonMap(map)) {
        if (t.address().equals(session.spec().target())) {
          sessionMon = t.name();
        }
      }
    }
    if (!connected.isDone()) {
      connected.complete(null);
      resendPending();
    }
  }

  // ---- ticket renewal ------------------------------------------------------------------------

  /**
   * Asks the mon for fresh service tickets (mon, osd, mgr) once any is past its renew-after time
   * (three quarters of its life), so connections to OSDs and mgrs never need an expired one. At
   * most one request is in flight; an unanswered one is retried after ten seconds.
   */
  private void renewTicketsIfDue() {
    if (closed || !canSend() || tickets.authTicket().isEmpty()) {
      return;
    }
    int needed = tickets.needed(MonCephxAuthenticator.WANTED_SERVICES, clock.instant());
    boolean inFlight = System.nanoTime() - renewalSentNanos < TimeUnit.SECONDS.toNanos(10);
    if (needed == 0 || inFlight) {
      return;
    }
    renewalSentNanos = System.nanoTime();
    messages.sendServiceTicketRequest(session, globalId, tickets, needed);
  }

  /** Asks for service tickets now if any is due, rather than at the next one-second tick. */
  public void requestServiceTickets() {
    loop.execute(this::renewTicketsIfDue);
  }

  /** Called by {@link MonMessages} with a decoded renewal; null when the mon refused it. */
  void ticketsRenewed(CephxTicketSet renewed) {
    renewalSentNanos = 0;
    if (renewed != null) {
      tickets = renewed;
    }
  }

  CephxTicketSet tickets() {
    return tickets;
  }

  /** The current ticket for a service ({@code EntityName.TYPE_OSD}), if the mons gave one. */
  public Optional<CephxTicket> serviceTicket(int serviceType) {
    return tickets.get(serviceType);
  }

  // ---- the osdmap ----------------------------------------------------------------------------

  /** Where the OSDMaps the mons send go; called on the loop. */
  public void onOsdMap(Consumer<MOSDMap> listener) {
    this.osdMapListener = listener;
  }

  void osdMapArrived(MOSDMap maps) {
    osdMapListener.accept(maps);
  }

  /**
   * Asks the mons for OSDMaps from {@code start} on (0: the newest full map). Without a session the
   * request is dropped: every new session subscribes from the epoch after the newest we saw.
   */
  public void requestOsdMap(long start) {
    loop.execute(
        () -> {
          if (canSend()) {
            messages.subscribeOsdMap(session, start);
          }
        });
  }

  /**
   * The newest OSDMap epoch the mons have, as librados asks before it decides a pool does not
   * exist. Resent on a new session; fails after {@code timeout}.
   */
  public CompletableFuture<Long> newestOsdMapEpoch(Duration timeout) {
    return commands.newestOsdMapEpoch(timeout);
  }

  void versionArrived(long handle, long newest) {
    commands.versionArrived(handle, newest);
  }

  // ---- commands ------------------------------------------------------------------------------

  /** Runs a mon command; the future fails after {@code timeout} with what was waited for. */
  public CompletableFuture<MonCommandResult> command(String json, byte[] input, Duration timeout) {
    return commands.command(json, input, timeout);
  }

  /**
   * Runs a command on the named mon over a connection of its own, authenticated afresh; the
   * session's mon is not involved.
   */
  public CompletableFuture<MonCommandResult> commandToMon(
      String name, String json, byte[] input, Duration timeout) {
    return targeted.run(name, json, input, timeout);
  }

  private boolean canSend() {
    return session != null && session.isOpen() && messages.monMap() != null;
  }

  private void sendCommand(PendingCommand p) {
    if (canSend()) {
      messages.sendCommand(session, p);
    }
  }

  private void sendGetVersion(long handle) {
    if (canSend()) {
      messages.sendGetVersion(session, handle, "osdmap");
    }
  }

  private void resendPending() {
    if (!canSend()) {
      return;
    }
    commands.resend();
    replyRequests.resend(this::sendReplyRequest);
  }

  /** Called by {@link MonMessages} for each MMonCommandAck. */
  void commandAcked(long tid, MonCommandResult r) {
    commands.acked(tid, r);
  }

  // ---- pool stats and statfs (rados df) ---------------------------------------------------

  /** The summed stats of {@code pools}, as librados' get_pool_stats asks the mons for them. */
  public CompletableFuture<MGetPoolStatsReply> poolStats(List<String> pools, Duration timeout) {
    return replyRequests.submit(
        fsid -> new MGetPoolStats(PaxosHeader.CLIENT, fsid, pools),
        MGetPoolStatsReply.class,
        timeout,
        "pool stats from the mons",
        this::sendReplyRequest);
  }

  /** The cluster's capacity and use, as librados' cluster_stat asks the mons for them. */
  public CompletableFuture<MStatfsReply> statfs(Duration timeout) {
    return replyRequests.submit(
        fsid -> new MStatfs(PaxosHeader.CLIENT, fsid, OptionalLong.empty()),
        MStatfsReply.class,
        timeout,
        "cluster usage from the mons",
        this::sendReplyRequest);
  }

  /**
   * Sends a pool op ({@link io.jrados.protocol.messages.PoolOpCode}) and gives the mon's reply,
   * whatever its code; waiting for the epoch it names is the caller's part. Like librados, a
   * request still waiting when the session drops is sent again on the next one.
   */
  public CompletableFuture<MPoolOpReply> poolOp(
      long pool, int op, long snapId, Duration timeout, String what) {
    return replyRequests.submit(
        fsid -> MPoolOp.client(fsid, pool, op, snapId),
        MPoolOpReply.class,
        timeout,
        what,
        this::sendReplyRequest);
  }

  private void sendReplyRequest(long tid, Function<UUID, CephMessage> m) {
    if (canSend()) {
      messages.sendRequest(session, m.apply(messages.monMap().fsid()), tid);
    }
  }

  /** Called by {@link MonMessages} for MGetPoolStatsReply, MStatfsReply and MPoolOpReply. */
  void replied(long tid, CephMessage reply) {
    replyRequests.replied(tid, reply);
  }

  // ---- MessageListener -----------------------------------------------------------------------

  @Override
  public void onMessage(Msgr2Connection connection, MessageFrame message) {
    EventLoops.runOn(loop, handler, connection, message);
  }

  private void handle(Msgr2Connection connection, MessageFrame message) {
    if (connection != session) {
      message.release(); // from a hunt loser or an old session
      return;
    }
    messages.handle(message);
  }

  @Override
  public void onClose(Msgr2Connection connection, Throwable cause) {
    loop.execute(
        () -> {
          if (connection != session || closed) {
            return;
          }
          log.info("lost mon session with {}: {}; hunting", sessionMon, cause.getMessage());
          lastLostMon = sessionMon;
          session = null;
          hunt(options.connectTimeout());
        });
  }

  // ---- state for the API ---------------------------------------------------------------------

  public MonMap monMap() {
    return messages.monMap();
  }

  /** The mon of the current session, or null between sessions. */
  public String sessionMon() {
    return session == null ? null : sessionMon;
  }

  /** "secure" or "crc" for the current session, or null between sessions. */
  public String sessionMode() {
    Msgr2Connection s = session;
    return s == null ? null : s.mode();
  }

  public long globalId() {
    return globalId;
  }

  public CompletableFuture<Void> close() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.execute(
        () -> {
          closed = true;
          if (renewalTimer != null) {
            renewalTimer.cancel(false);
          }
          commands.failAll();
          replyRequests.failAll();
          if (session != null) {
            session.close().whenComplete((v, e) -> done.complete(null));
            session = null;
          } else {
            done.complete(null);
          }
        });
    return done;
  }
}
