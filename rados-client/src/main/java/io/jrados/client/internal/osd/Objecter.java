package io.jrados.client.internal.osd;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.ClusterFullException;
import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.PoolNotFoundException;
import io.jrados.client.api.RadosException;
import io.jrados.client.internal.mon.MonClient;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgPool;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
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
  private final MapQueries queries;
  private final Watches watches;

  /** Every unfinished op by tid: the order ops are resent in. */
  private final TreeMap<Long, OsdRequest> requests = new TreeMap<>();

  private long nextTid = 1;
  private boolean closed;

  /** Fires at the deadline of the oldest unfinished op; null when none is armed. */
  private ScheduledFuture<?> deadlineTimer;

  public Objecter(
      ClientOptions options, MonClient mon, OsdConnections connections, EventExecutor loop) {
    this.mon = mon;
    this.loop = loop;
    this.connections = connections;
    this.opTimeout = options.osdOpTimeout().isZero() ? DEFAULT_OP_TIMEOUT : options.osdOpTimeout();
    this.throttle = new Throttle(Throttle.DEFAULT_OPS, Throttle.DEFAULT_BYTES);
    this.maps = new OsdMapTracker(mon::requestOsdMap, this::mapChanged);
    this.queries = new MapQueries(mon, maps, loop, opTimeout);
    this.watches = new Watches(this, loop);
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

  /** The client's watches and notifies. */
  public Watches watches() {
    return watches;
  }

  /** The current map, the newest the mons have, and object placements. */
  public MapQueries mapQueries() {
    return queries;
  }

  /** Runs an op; the future completes on the loop with the OSD's answer or a failure. */
  public CompletableFuture<OsdResult> submit(OsdOpSpec spec) {
    OsdFuture result = new OsdFuture();
    submit(spec, result);
    return result;
  }

  /** Runs an op; {@code done} hears of its answer or failure on the loop. */
  public void submit(OsdOpSpec spec, OsdCompletion done) {
    try {
      loop.execute(new Start(spec, done));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      refuseClosed(spec, done);
    }
  }

  /** Answers an op submitted to a closed client, which takes nothing more in. */
  private static void refuseClosed(OsdOpSpec spec, OsdCompletion done) {
    spec.release();
    done.failed(new ConnectionClosedException("the client is closed"));
  }

  /**
   * Takes a submitted op in on the loop. A class rather than a lambda, as is {@link OsdFuture}:
   * bin/jrados runs on C1 alone, which allocates a capturing lambda through a call into the JVM
   * (Unsafe.allocateInstance, which C2 makes inline); a 4 KiB op made several, and they took 1.5-2%
   * of the I/O thread's time (perf).
   */
  private final class Start implements Runnable {
    private final OsdOpSpec spec;
    private final OsdCompletion done;

    Start(OsdOpSpec spec, OsdCompletion done) {
      this.spec = spec;
      this.done = done;
    }

    @Override
    public void run() {
      if (closed) {
        refuseClosed(spec, done);
        return;
      }
      OsdRequest r = new OsdRequest(nextTid++, spec, done);
      r.deadlineNanos = System.nanoTime() + opTimeout.toNanos();
      requests.put(r.tid, r);
      armDeadlineTimer();
      if (throttle.tryAdmit(r)) {
        dispatchGuarded(r);
      }
    }
  }

  /** Dispatches, failing the op alone if placing it throws (a map it cannot be placed in). */
  private void dispatchGuarded(OsdRequest r) {
    try {
      dispatch(r);
    } catch (RuntimeException e) {
      fail(r, e);
    }
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
      checkPoolExists(r);
      return;
    }
    FullFlags.Full full = FullFlags.check(map, pool, r);
    if (full != null) {
      if (r.attempts > 0) {
        // Sent before: it may have been applied, so it waits for room instead (see FullFlags).
        r.target = null;
        r.heldBecause = full.reason();
        return;
      }
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
    r.heldBecause = null;
    if (map.hasFlag(r.spec.isWrite() ? OsdMap.FLAG_PAUSEWR : OsdMap.FLAG_PAUSERD)) {
      // The cluster is paused (ceph osd pause): ops wait, as in librados, for the unpausing map.
      r.target = null;
      return;
    }
    OsdTarget t = Targets.compute(map, pool, r);
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
      if (!r.sent && !r.finished && r.heldBecause == null && s.backoffFor(r) == null) {
        send(r, epoch);
      }
    }
  }

  /**
   * librados' pool check: before failing an op for a pool our map lacks, make sure our map is as
   * new as the mons' newest; the pool may just have been created.
   */
  private void checkPoolExists(OsdRequest r) {
    r.target = null;
    queries
        .latestMap()
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

  /**
   * A new current map, called for every epoch: resend what it moves to a new interval, send what it
   * unparks, in tid order. After a jump over epochs we never saw ({@code skipped}) an interval may
   * have come and gone unseen, so every op sent is resent, as librados does.
   */
  private void mapChanged(OsdMap map, boolean skipped) {
    connections.mapChanged(map);
    for (OsdRequest r : new ArrayList<>(requests.values())) {
      if (r.finished || !r.admitted) {
        continue;
      }
      try {
        if (r.session == null || r.target == null) {
          dispatch(r);
          continue;
        }
        PgPool pool = map.pool(r.spec.poolId()).orElse(null);
        if (pool == null) {
          dispatch(r); // goes through the pool check
          continue;
        }
        FullFlags.Full full = FullFlags.check(map, pool, r);
        if (full != null && r.attempts == 0) {
          dispatch(r); // never sent: fails now, as a new write would
          continue;
        }
        if (full != null && r.heldBecause == null) {
          // An OSD drops writes sent before it saw a full map (librados' force_resend_writes).
          // This one stays on its session, where a reply may still come if the OSD applied it
          // first, and goes out again once a map has room.
          r.heldBecause = full.reason();
        }
        if (full == null && r.heldBecause != null) {
          dispatch(r); // room again: resend
          continue;
        }
        boolean forced = pool.lastForceOpResend() > r.sentEpoch && r.sent;
        if (skipped || forced || r.target.newInterval(Targets.compute(map, pool, r))) {
          dispatch(r);
        }
      } catch (RuntimeException e) {
        fail(r, e); // one op that cannot be placed fails alone
      }
    }
    watches.mapChanged(map);
  }

  /** A session's connection dropped; it reconnects, and its ops go out again then. */
  void sessionInterrupted(OsdSession s) {
    for (OsdRequest r : s.requests.values()) {
      r.sent = false;
    }
    maps.requestNewer(); // the OSD may be down: a newer map would say so
    watches.sessionReset(s);
  }

  /**
   * A session ended for good (the map says its OSD is down or moved, or has no address): its ops
   * wait, unsent, for the map that places them; {@link #mapChanged} sends them in tid order.
   */
  void sessionClosed(OsdSession s, Throwable cause) {
    if (!s.requests.isEmpty()) {
      log.debug(
          "{} closed ({}); {} op(s) wait for a map", s, cause.getMessage(), s.requests.size());
    }
    for (OsdRequest r : s.requests.values()) {
      r.session = null;
      r.sent = false;
      r.target = null;
    }
    s.requests.clear();
    maps.requestNewer();
    watches.sessionReset(s);
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

  /**
   * A cache tier's OSD sent {@code r} to its base pool (a write to a readonly tier): it goes there
   * now, ignoring the overlay and the cache from here on. Like librados, the objecter aims at the
   * pool the op named rather than the redirect's locator, which names that same pool.
   */
  void redirected(OsdRequest r) {
    r.redirectFlags = OsdOpFlags.REDIRECTED | OsdOpFlags.IGNORE_CACHE | OsdOpFlags.IGNORE_OVERLAY;
    dispatch(r);
  }

  void complete(OsdRequest r, OsdResult result) {
    if (!finish(r) || !r.done.answered(result)) {
      result.release();
    }
    admitNext(r);
  }

  void fail(OsdRequest r, Throwable error) {
    if (finish(r)) {
      r.done.failed(error);
      admitNext(r);
    }
  }

  private boolean finish(OsdRequest r) {
    if (r.finished) {
      return false;
    }
    r.finished = true;
    detach(r);
    requests.remove(r.tid);
    r.spec.release();
    return true;
  }

  /** Counts a finished op out of the throttle and sends the ops that may go now. */
  private void admitNext(OsdRequest done) {
    List<OsdRequest> next = throttle.release(done);
    for (int i = 0; i < next.size(); i++) { // indexed: usually empty, and then no iterator
      dispatchGuarded(next.get(i));
    }
  }

  // ---- deadlines -------------------------------------------------------------------------------

  /**
   * Every op gets the same timeout and tids grow with submission time, so deadlines grow with tid:
   * the unfinished op with the lowest tid is always the next to expire. One timer, armed for that
   * op, replaces a scheduled task per op (and its cancellation on every reply).
   */
  private void armDeadlineTimer() {
    if (deadlineTimer != null || requests.isEmpty()) {
      return;
    }
    long delay = requests.firstEntry().getValue().deadlineNanos - System.nanoTime();
    deadlineTimer = loop.schedule(this::expireOverdue, Math.max(0, delay), TimeUnit.NANOSECONDS);
  }

  /** Fails the ops whose deadline passed, oldest first, then waits for the next one. */
  private void expireOverdue() {
    deadlineTimer = null;
    if (closed) {
      return;
    }
    long now = System.nanoTime();
    while (!requests.isEmpty()) {
      OsdRequest oldest = requests.firstEntry().getValue();
      if (oldest.deadlineNanos - now > 0) {
        break;
      }
      fail(oldest, oldest.timeout(opTimeout));
    }
    armDeadlineTimer();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Fails every op and closes every session. */
  public CompletableFuture<Void> close() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.execute(
        () -> {
          closed = true;
          if (deadlineTimer != null) {
            deadlineTimer.cancel(false);
          }
          RadosException e = new ConnectionClosedException("the client was closed");
          for (OsdRequest r : new ArrayList<>(requests.values())) {
            fail(r, e);
          }
          maps.failWaiters(e);
          watches.close();
          connections.closeAll().whenComplete((v, x) -> done.complete(null));
        });
    return done;
  }
}
