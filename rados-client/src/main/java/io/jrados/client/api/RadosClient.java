package io.jrados.client.api;

import io.jrados.client.internal.auth.Credentials;
import io.jrados.client.internal.mon.MonClient;
import io.jrados.client.internal.net.Msgr2Connector;
import io.jrados.client.internal.osd.Objecter;
import io.jrados.client.internal.osd.OsdConnections;
import io.jrados.client.internal.osd.Pools;
import io.jrados.client.internal.util.Blocking;
import io.jrados.client.internal.util.IoThreads;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.mon.MonInfo;
import io.jrados.protocol.mon.MonMap;
import io.jrados.protocol.msgr2.FrameLimits;
import io.netty.util.concurrent.EventExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A jrados client: a session with the monitors and sessions with the OSDs, on one I/O thread.
 *
 * <pre>{@code
 * try (RadosClient c = RadosClient.create(ClientOptions.fromArgs(args, System.getenv()).options())) {
 *   c.connect();
 *   MonCommandResult r = c.monCommand("{\"prefix\": \"status\", \"format\": \"json\"}");
 * }
 * }</pre>
 *
 * <p>Every method has an async form returning a {@link CompletableFuture}; the sync forms wait with
 * a deadline and refuse to run on the client's I/O thread. Close releases every thread and buffer.
 */
public final class RadosClient implements AutoCloseable {
  /** Used when rados_mon_op_timeout is 0 (librados' "forever"): every wait has a deadline here. */
  static final Duration DEFAULT_MON_OP_TIMEOUT = Duration.ofMinutes(5);

  private final ClientOptions options;
  private final IoThreads io;
  private final MonClient mon;
  private final Objecter objecter;
  private final Pools pools;

  private RadosClient(ClientOptions options) {
    this.options = options;
    Credentials credentials = Credentials.resolve(options);
    this.io = new IoThreads(1);
    Msgr2Connector connector = new Msgr2Connector(io, FrameLimits.DEFAULT);
    EventExecutor loop = io.group().next();
    Clock clock = Clock.systemUTC();
    this.mon = new MonClient(options, credentials, connector, loop, clock);
    OsdConnections osds = new OsdConnections(options, credentials, mon, connector, loop, clock);
    this.objecter = new Objecter(options, mon, osds, loop);
    this.pools = new Pools(mon, objecter, monOpTimeout());
  }

  /** A client for these options; nothing is connected until {@link #connect()}. */
  public static RadosClient create(ClientOptions options) {
    return new RadosClient(options);
  }

  public CompletableFuture<Void> connectAsync() {
    return mon.connect();
  }

  /** Connects to the monitors, within the connect timeout. */
  public void connect() {
    Blocking.await(
        connectAsync(), options.connectTimeout().plusSeconds(1), "connecting to the monitors");
  }

  private Duration monOpTimeout() {
    return options.monOpTimeout().isZero() ? DEFAULT_MON_OP_TIMEOUT : options.monOpTimeout();
  }

  /** Runs a mon command (JSON); a non-zero return code is in the result, not thrown. */
  public CompletableFuture<MonCommandResult> monCommandAsync(String json, byte[] input) {
    return mon.command(json, input, monOpTimeout());
  }

  public MonCommandResult monCommand(String json) {
    return monCommand(json, new byte[0]);
  }

  public MonCommandResult monCommand(String json, byte[] input) {
    return Blocking.await(
        monCommandAsync(json, input), monOpTimeout().plusSeconds(1), "mon command " + json);
  }

  /** Runs a command on the named mon ("a"), not on the session's mon. */
  public CompletableFuture<MonCommandResult> monCommandAsync(
      String mon, String json, byte[] input) {
    return this.mon.commandToMon(mon, json, input, monOpTimeout());
  }

  public MonCommandResult monCommand(String mon, String json, byte[] input) {
    return Blocking.await(
        monCommandAsync(mon, json, input),
        monOpTimeout().plusSeconds(1),
        "mon command " + json + " on mon." + mon);
  }

  // ---- pools and objects ---------------------------------------------------------------------

  /**
   * An I/O context on a pool, by name: the pool is looked up in a map at least as new as the mons'
   * newest, so a pool created a moment ago is found. Fails with {@link PoolNotFoundException} if
   * there is no such pool.
   */
  public CompletableFuture<IoCtx> ioCtxAsync(String pool) {
    return pools.lookup(pool).thenApply(id -> new IoCtx(objecter, pools, id, pool, "", ""));
  }

  public IoCtx ioCtx(String pool) {
    return Blocking.await(ioCtxAsync(pool), osdWait(), "looking up pool " + pool);
  }

  /** An I/O context on a pool, by id. */
  public CompletableFuture<IoCtx> ioCtxAsync(long poolId) {
    return pools.name(poolId).thenApply(name -> new IoCtx(objecter, pools, poolId, name, "", ""));
  }

  public IoCtx ioCtx(long poolId) {
    return Blocking.await(ioCtxAsync(poolId), osdWait(), "looking up pool #" + poolId);
  }

  /** The pools' names, in id order, from a map at least as new as the mons' newest. */
  public CompletableFuture<List<String>> listPoolsAsync() {
    return pools.list();
  }

  public List<String> listPools() {
    return Blocking.await(listPoolsAsync(), osdWait(), "listing pools");
  }

  /** The pool's id, or empty if there is no such pool. */
  public java.util.OptionalLong poolLookup(String pool) {
    return Blocking.await(pools.find(pool), osdWait(), "looking up pool " + pool);
  }

  /** Creates a replicated pool with the cluster's default pg_num (if absent: no error). */
  public void createPool(String pool) {
    Blocking.await(pools.create(pool, 0), osdWait(), "creating pool " + pool);
  }

  /** Creates a replicated pool with {@code pgNum} PGs (if absent: no error). */
  public void createPool(String pool, int pgNum) {
    Blocking.await(pools.create(pool, pgNum), osdWait(), "creating pool " + pool);
  }

  /** Deletes a pool and every object in it (the mons must allow pool deletion). */
  public void deletePool(String pool) {
    Blocking.await(pools.delete(pool), osdWait(), "deleting pool " + pool);
  }

  /**
   * The summed stats of these pools as the mons keep them (what {@code rados df} shows); pools that
   * do not exist are left out.
   */
  public io.jrados.protocol.messages.MGetPoolStatsReply poolStats(List<String> pools) {
    return Blocking.await(
        mon.poolStats(pools, monOpTimeout()), monOpTimeout().plusSeconds(1), "pool stats");
  }

  /** The cluster's capacity and use in KiB, and its object count (rados df's totals). */
  public io.jrados.protocol.messages.MStatfsReply clusterStat() {
    return Blocking.await(
        mon.statfs(monOpTimeout()), monOpTimeout().plusSeconds(1), "cluster usage");
  }

  private Duration osdWait() {
    return objecter.opTimeout().plusSeconds(1);
  }

  /** The fsid, from the monmap. */
  public String fsid() {
    return requireMonMap().fsid().toString();
  }

  /** The monmap as last received. */
  public MonitorMap monitorMap() {
    MonMap map = requireMonMap();
    List<MonitorInfo> mons = new ArrayList<>();
    int rank = 0;
    for (MonInfo m : map.monsInRankOrder()) {
      List<String> addrs = new ArrayList<>();
      for (EntityAddr a : m.publicAddrs().addrs()) {
        addrs.add(a.toString());
      }
      mons.add(new MonitorInfo(m.name(), rank++, addrs));
    }
    return new MonitorMap(map.fsid().toString(), map.epoch(), mons);
  }

  /**
   * The global id the mons gave this client (librados' {@code rados_get_instance_id}): it is {@code
   * client.<id>} to the cluster, as in a notify's replies and {@code rados listwatchers}. 0 before
   * {@link #connect()}.
   */
  public long instanceId() {
    return mon.globalId();
  }

  /** The mon of the current session ("a"), or null while hunting. */
  public String sessionMon() {
    return mon.sessionMon();
  }

  /** The negotiated mode of the current mon session, "secure" or "crc". */
  public String sessionMode() {
    return mon.sessionMode();
  }

  public ClientOptions options() {
    return options;
  }

  private MonMap requireMonMap() {
    MonMap map = mon.monMap();
    if (map == null) {
      throw new IllegalStateException("not connected: call connect() first");
    }
    return map;
  }

  @Override
  public void close() {
    try {
      Blocking.await(objecter.close(), Duration.ofSeconds(5), "closing the OSD sessions");
      Blocking.await(mon.close(), Duration.ofSeconds(5), "closing the mon session");
    } finally {
      io.close();
    }
  }
}
