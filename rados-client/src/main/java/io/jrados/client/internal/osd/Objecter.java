package io.jrados.client.internal.osd;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.ClusterFullException;
import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.ObjectPlacement;
import io.jrados.client.api.PoolNotFoundException;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.client.internal.mon.MonClient;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgMapping;
import io.jrados.protocol.osdmap.PgPool;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs object operations: computes where each goes from the current OSDMap, sends it over the
 * primary's session, and answers it once. All state lives on the client's event loop.
 *
 * <p>Delivery guarantees (as librados'):
 *
 * <ul>
 *   <li>Every op is answered exactly once: with the OSD's reply, or a failure (pool gone, timeout,
 *       client closed). A reply for an attempt we no longer wait for is dropped.
 *   <li>When a connection drops, or a new map moves a PG to a new interval (primary, acting set,
 *       pg_num or size changed, or the pool forces a resend), the ops affected are resent in tid
 *       order to the new primary. A write may therefore reach an OSD twice; the OSD recognises the
 *       repeat by its request id (client, tid) and does not apply it twice.
 *   <li>Ops whose PG has no primary, or whose pool is not in our map yet, wait for a newer map
 *       until their deadline ({@code rados_osd_op_timeout}, or {@link #DEFAULT_OP_TIMEOUT}).
 *   <li>At most {@link Throttle} ops and bytes are in flight; more wait in submission order.
 * </ul>
 */
public final class Objecter {
  private static final Logger log = LoggerFactory.getLogger(Objecter.class);

  /** Used when rados_osd_op_timeout is 0 (librados' "forever"): every op has a deadline here. */
  public static final Duration DEFAULT_OP_TIMEOUT = Duration.ofMinutes(5);

  private final MonClient mon;
  private final EventExecutor loop;
  private final OsdConnections connections;
  private final OsdMapTracker maps;
  private final Throttle throttle;
  private final Duration opTimeout;

  /** Every unfinished op by tid: the order ops are resent in. */
  private final TreeMap<Long, OsdRequest> requests = new TreeMap<>();

  private long nextTid = 1;
  private boolean closed;

  public Objecter(
      ClientOptions options, MonClient mon, OsdConnections connections, EventExecutor loop) {
    this.mon = mon;
    this.loop = loop;
    this.connections = connections;
    this.opTimeout = options.osdOpTimeout().isZero() ? DEFAULT_OP_TIMEOUT : options.osdOpTimeout();
    this.throttle = new Throttle(Throttle.DEFAULT_OPS, Throttle.DEFAULT_BYTES);
    this.maps = new OsdMapTracker(mon::requestOsdMap, this::mapChanged);
    connections.bind(this);
    mon.onOsdMap(
        m -> {
          if (mon.monMap() != null) {
            maps.expectFsid(mon.monMap().fsid());
          }
          maps.handle(m, "the mons");
        });
  }

  EventExecutor loop() {
    return loop;
  }

  OsdMapTracker maps() {
    return maps;
  }

  /** The deadline each op gets. */
  public Duration opTimeout() {
    return opTimeout;
  }

  /** A future for the current map: the first one, once it arrived. */
  public CompletableFuture<OsdMap> map() {
    CompletableFuture<OsdMap> f = new CompletableFuture<>();
    loop.execute(() -> maps.awaitEpoch(1).whenComplete((m, e) -> complete(f, m, e)));
    return withDeadline(f, "the first osdmap from the mons");
  }

  /**
   * A map that is at least as new as the newest the mons had when asked: what librados checks
   * before it reports that a pool does not exist.
   */
  public CompletableFuture<OsdMap> latestMap() {
    CompletableFuture<OsdMap> f = new CompletableFuture<>();
    mon.newestOsdMapEpoch(opTimeout)
        .whenComplete(
            (newest, e) -> {
              if (e != null) {
                f.completeExceptionally(Causes.unwrap(e));
                return;
              }
              loop.execute(
                  () ->
                      maps.awaitEpoch(Math.max(1, newest))
                          .whenComplete((m, e2) -> complete(f, m, e2)));
            });
    return withDeadline(f, "the newest osdmap from the mons");
  }

  /** Where an object lives under the current map (the first map, once it arrived). */
  public CompletableFuture<ObjectPlacement> placement(
      long poolId, String oid, String namespace, String locatorKey) {
    return map()
        .thenApply(
            m -> {
              if (m.pool(poolId).isEmpty()) {
                throw new PoolNotFoundException("#" + poolId, m.epoch());
              }
              PgMapping p = m.locate(poolId, oid, namespace, locatorKey);
              return new ObjectPlacement(
                  m.epoch(),
                  poolId,
                  oid,
                  p.rawPg().toString(),
                  p.pgid().toString(),
                  p.up(),
                  p.upPrimary(),
                  p.acting(),
                  p.actingPrimary());
            });
  }

  /** Runs an op; the future completes on the loop with the OSD's answer or a failure. */
  public CompletableFuture<OsdResult> submit(OsdOpSpec spec) {
    CompletableFuture<OsdResult> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          if (closed) {
            spec.release();
            result.completeExceptionally(new ConnectionClosedException("the client is closed"));
            return;
          }
          OsdRequest r = new OsdRequest(nextTid++, spec, result);
          requests.put(r.tid, r);
          r.timeout =
              loop.schedule(
                  () -> fail(r, new RadosTimeoutException(spec.describe(), opTimeout)),
                  opTimeout.toNanos(),
                  TimeUnit.NANOSECONDS);
          if (throttle.tryAdmit(r)) {
            dispatch(r);
          }
        });
    return result;
  }

  // ---- targeting -------------------------------------------------------------------------------

  /**
   * Sends {@code r} where the current map says, or parks it until a map makes that possible. Called
   * for new ops and for every resend.
   */
  void dispatch(OsdRequest r) {
    if (r.finished || closed) {
      return;
    }
    detach(r);
    OsdMap map = maps.current();
    if (map == null) {
      return; // parked: mapChanged() dispatches it when the first map arrives
    }
    PgPool pool = map.pool(r.spec.poolId()).orElse(null);
    if (pool == null) {
      checkPoolExists(r, map.epoch());
      return;
    }
    if (r.spec.isWrite()) {
      FullFlags.Full full = FullFlags.check(map, pool);
      if (full != null) {
        fail(
            r,
            new ClusterFullException(
                r.spec.describe() + " refused: " + full.reason(),
                full.errno(),
                r.spec.poolName(),
                r.spec.namespace(),
                r.spec.objectName()));
        return;
      }
    }
    if (map.hasFlag(r.spec.isWrite() ? OsdMap.FLAG_PAUSEWR : OsdMap.FLAG_PAUSERD)) {
      // The cluster is paused (ceph osd pause): ops wait, as in librados, for the unpausing map.
      r.target = null;
      return;
    }
    OsdTarget t = Targets.compute(map, pool, r.spec);
    r.target = t;
    if (t.primary() < 0) {
      log.debug("{}: pg {} has no primary in epoch {}; waiting", r, t.pgid(), map.epoch());
      maps.requestNewer();
      return;
    }
    OsdSession s = connections.session(t.primary(), map);
    r.session = s;
    s.requests.put(r.tid, r);
    if (s.ready() && s.backoffFor(r) == null) {
      send(r, map.epoch());
    }
  }

  private void detach(OsdRequest r) {
    if (r.session != null) {
      r.session.requests.remove(r.tid);
      r.session = null;
    }
    r.sent = false;
  }

  void send(OsdRequest r, long epoch) {
    r.sentEpoch = epoch;
    r.attempts++;
    r.sent = true;
    try {
      connections.send(r, epoch);
    } catch (RuntimeException e) {
      fail(r, e); // an op that cannot be encoded fails alone
    }
  }

  /** Sends every op a session holds that is not sent yet: after connecting, or an UNBLOCK. */
  void flush(OsdSession s) {
    long epoch = maps.epoch();
    for (OsdRequest r : new ArrayList<>(s.requests.values())) {
      if (!r.sent && !r.finished && s.backoffFor(r) == null) {
        send(r, epoch);
      }
    }
  }

  /**
   * librados' pool check: before failing an op for a pool our map lacks, make sure our map is as
   * new as the mons' newest; the pool may just have been created.
   */
  private void checkPoolExists(OsdRequest r, long epoch) {
    r.target = null;
    latestMap()
        .whenComplete(
            (latest, e) ->
                loop.execute(
                    () -> {
                      if (r.finished) {
                        return;
                      }
                      if (e != null) {
                        fail(r, Causes.unwrap(e));
                      } else if (latest.pool(r.spec.poolId()).isEmpty()) {
                        fail(r, new PoolNotFoundException(r.spec.poolName(), latest.epoch()));
                      } else if (r.target == null && r.session == null) {
                        dispatch(r);
                      }
                    }));
  }

  /** A new current map: resend what it moves, send what it unparks, in tid order. */
  private void mapChanged(OsdMap map) {
    connections.mapChanged(map);
    for (OsdRequest r : new ArrayList<>(requests.values())) {
      if (r.finished || !r.admitted) {
        continue;
      }
      if (r.session == null || r.target == null) {
        dispatch(r);
        continue;
      }
      PgPool pool = map.pool(r.spec.poolId()).orElse(null);
      if (pool == null) {
        dispatch(r); // goes through the pool check
        continue;
      }
      OsdTarget next = Targets.compute(map, pool, r.spec);
      boolean forced = pool.lastForceOpResend() > r.sentEpoch && r.sent;
      if (forced || r.target.newInterval(next) || !r.session.requests.containsKey(r.tid)) {
        dispatch(r);
      }
    }
  }

  /** A session's connection closed or could not be made: its ops go elsewhere, in tid order. */
  void sessionLost(OsdSession s, Throwable cause) {
    List<OsdRequest> moved = new ArrayList<>(s.requests.values());
    s.requests.clear();
    if (!moved.isEmpty()) {
      log.debug("{} lost ({}); resending {} op(s)", s, cause.getMessage(), moved.size());
    }
    for (OsdRequest r : moved) {
      r.session = null;
      r.sent = false;
      r.target = null;
    }
    // The OSD may be down: a newer map will say so. Until then retry after a pause, not in a loop.
    maps.requestNewer();
    loop.schedule(
        () -> {
          for (OsdRequest r : moved) {
            if (!r.finished && r.session == null) {
              dispatch(r);
            }
          }
        },
        connections.retryDelay(s).toNanos(),
        TimeUnit.NANOSECONDS);
  }

  // ---- answers ---------------------------------------------------------------------------------

  /** The request a reply on {@code s} is for, or null if no attempt we wait for matches. */
  OsdRequest awaiting(OsdSession s, long tid, int attempt) {
    OsdRequest r = s.requests.get(tid);
    if (r == null || r.finished || !r.sent || r.attempts - 1 != attempt) {
      return null;
    }
    return r;
  }

  /**
   * Resends {@code r} once a newer map arrives (the OSD said EAGAIN or redirected it), or after a
   * second if none does.
   */
  void retryOnNewerMap(OsdRequest r) {
    detach(r);
    r.target = null;
    maps.requestNewer();
    loop.schedule(
        () -> {
          if (!r.finished && r.session == null) {
            dispatch(r);
          }
        },
        1,
        TimeUnit.SECONDS);
  }

  void complete(OsdRequest r, OsdResult result) {
    if (finish(r)) {
      r.result.complete(result);
    } else {
      result.release();
    }
  }

  void fail(OsdRequest r, Throwable error) {
    if (finish(r)) {
      r.result.completeExceptionally(error);
    }
  }

  private boolean finish(OsdRequest r) {
    if (r.finished) {
      return false;
    }
    r.finished = true;
    detach(r);
    requests.remove(r.tid);
    if (r.timeout != null) {
      r.timeout.cancel(false);
    }
    r.spec.release();
    for (OsdRequest next : throttle.release(r)) {
      dispatch(next);
    }
    return true;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private <T> CompletableFuture<T> withDeadline(CompletableFuture<T> f, String what) {
    loop.schedule(
        () -> f.completeExceptionally(new RadosTimeoutException(what, opTimeout)),
        opTimeout.toNanos(),
        TimeUnit.NANOSECONDS);
    return f;
  }

  private static <T> void complete(CompletableFuture<T> f, T value, Throwable e) {
    if (e != null) {
      f.completeExceptionally(e);
    } else {
      f.complete(value);
    }
  }

  /** Fails every op and closes every session. */
  public CompletableFuture<Void> close() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.execute(
        () -> {
          closed = true;
          RadosException e = new ConnectionClosedException("the client was closed");
          for (OsdRequest r : new ArrayList<>(requests.values())) {
            fail(r, e);
          }
          maps.failWaiters(e);
          connections.closeAll().whenComplete((v, x) -> done.complete(null));
        });
    return done;
  }
}
