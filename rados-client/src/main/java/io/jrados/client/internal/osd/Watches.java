package io.jrados.client.internal.osd;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.NotifyEvent;
import io.jrados.client.api.NotifyResult;
import io.jrados.client.api.PoolNotFoundException;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.WatchListener;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.messages.MWatchNotify;
import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osd.WatchOps;
import io.jrados.protocol.osdmap.OsdMap;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's watches (and, through {@link Notifies}, its notifies): librados' "linger"
 * operations, which outlive one request.
 *
 * <p>A watch is registered once (WATCH), then kept: pinged every 5 seconds, as librados does, and
 * re-attached (RECONNECT, with a new generation) whenever the connection it lives on drops, the map
 * moves its object to another primary, or a ping finds it detached. It is lost, and its listener
 * told, only when the OSD no longer has it: after a DISCONNECT event, or when a ping or reconnect
 * answers ENOTCONN (the object was deleted, or the client was away past the watch's timeout).
 *
 * <p>Event loop only, apart from the listener calls, which run on a thread of their own.
 */
public final class Watches {
  private static final Logger log = LoggerFactory.getLogger(Watches.class);

  /** librados pings every watch each objecter tick (objecter_tick_interval, 5 s). */
  static final Duration PING_INTERVAL = Duration.ofSeconds(5);

  private static final int ENOENT = 2;
  private static final int ENOTCONN = 107;
  private static final int ETIMEDOUT = 110;

  private final Objecter objecter;
  private final EventExecutor loop;
  private final Map<Long, WatchState> watches = new HashMap<>();
  private final Notifies notifies;

  /** Losses by cookie, readable from any thread; an entry goes when its watch is closed. */
  private final Map<Long, RadosException> errors = new ConcurrentHashMap<>();

  private long nextCookie = 1;
  private ScheduledFuture<?> ticker;
  private ExecutorService callbacks;
  private boolean closed;

  Watches(Objecter objecter, EventExecutor loop) {
    this.objecter = objecter;
    this.loop = loop;
    this.notifies = new Notifies(objecter, loop);
  }

  // ---- watches ---------------------------------------------------------------------------------

  /**
   * Registers a watch; the future gives its cookie once the OSD has it.
   *
   * @param timeoutSeconds how long the OSD keeps the watch while the client is away; 0 for the
   *     OSD's osd_client_watch_timeout (30 s)
   */
  public CompletableFuture<Long> watch(
      ObjectRef object, long timeoutSeconds, WatchListener listener) {
    CompletableFuture<Long> out = new CompletableFuture<>();
    onLoop(
        out,
        () -> {
          WatchState w = new WatchState(nextCookie++, object, timeoutSeconds, listener);
          watches.put(w.cookie, w);
          objecter
              .submit(watchSpec(w, WatchOps.OP_WATCH, 0, true, "watch"))
              .whenComplete(
                  (r, e) -> {
                    if (e != null) {
                      watches.remove(w.cookie);
                      out.completeExceptionally(Causes.unwrap(e));
                      return;
                    }
                    try {
                      if (r.result() < 0) {
                        watches.remove(w.cookie);
                        out.completeExceptionally(w.object.failure(r.result(), "watch"));
                        return;
                      }
                      w.osd = r.osd();
                      w.nextPingNanos = System.nanoTime() + pingInterval(w);
                      armTicker();
                      out.complete(w.cookie);
                    } finally {
                      r.release();
                    }
                  });
        });
    return out;
  }

  /** The loss of watch {@code cookie}, or null while it is fine (any thread). */
  public RadosException error(long cookie) {
    return errors.get(cookie);
  }

  /**
   * Removes the watch (UNWATCH). A watch the OSD had already dropped is removed without error, as
   * librados does.
   */
  public CompletableFuture<Void> unwatch(long cookie) {
    CompletableFuture<Void> out = new CompletableFuture<>();
    onLoop(
        out,
        () -> {
          WatchState w = watches.remove(cookie);
          errors.remove(cookie);
          if (w == null) {
            out.complete(null);
            return;
          }
          w.closed = true;
          objecter
              .submit(watchSpec(w, WatchOps.OP_UNWATCH, 0, true, "unwatch"))
              .whenComplete(
                  (r, e) -> {
                    if (e != null) {
                      out.completeExceptionally(Causes.unwrap(e));
                      return;
                    }
                    try {
                      int rc = r.result();
                      if (rc < 0 && rc != -ENOENT && rc != -ENOTCONN) {
                        out.completeExceptionally(w.object.failure(rc, "unwatch"));
                      } else {
                        out.complete(null);
                      }
                    } finally {
                      r.release();
                    }
                  });
        });
    return out;
  }

  /**
   * A WATCH op of {@code w}. Librados sends every one with WRITE only. Pings and reconnects do not
   * count as writes here ({@code write} false): a full pool must not hold them back, or the watch
   * would time out on the OSD.
   */
  private OsdOpSpec watchSpec(WatchState w, int op, long gen, boolean write, String what) {
    long timeout = op == WatchOps.OP_WATCH ? w.timeoutSeconds : 0;
    return w.object.spec(
        List.of(WatchOps.watch(w.cookie, op, gen, timeout)), OsdOpFlags.WRITE, write, what);
  }

  private static long pingInterval(WatchState w) {
    long interval = PING_INTERVAL.toNanos();
    if (w.timeoutSeconds > 0) {
      // A watch whose timeout is near the ping interval would expire between pings.
      interval = Math.min(interval, TimeUnit.SECONDS.toNanos(w.timeoutSeconds) / 3);
    }
    return interval;
  }

  private void armTicker() {
    if (ticker == null && !closed) {
      ticker = loop.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }
  }

  /** Pings the watches that are due; stops when there are none. */
  private void tick() {
    if (watches.isEmpty() || closed) {
      if (ticker != null) {
        ticker.cancel(false);
        ticker = null;
      }
      return;
    }
    long now = System.nanoTime();
    for (WatchState w : watches.values()) {
      if (!w.closed && w.error == null && !w.reconnecting && !w.pinging) {
        if (now - w.nextPingNanos >= 0) {
          ping(w, now);
        }
      }
    }
  }

  private void ping(WatchState w, long now) {
    w.pinging = true;
    w.nextPingNanos = now + pingInterval(w);
    long gen = w.gen;
    objecter
        .submit(watchSpec(w, WatchOps.OP_PING, gen, false, "watch ping"))
        .whenComplete(
            (r, e) -> {
              w.pinging = false;
              if (e != null) {
                Throwable why = Causes.unwrap(e);
                if (why instanceof PoolNotFoundException && !w.closed && w.error == null) {
                  lost(w, why); // the pool was deleted, and the watch with it
                } else {
                  // The op timed out or the client is closing; a reconnect will tell more.
                  log.debug("ping of {} failed: {}", w.describe(), why.toString());
                }
                return;
              }
              try {
                if (w.closed || w.error != null || w.gen != gen) {
                  return;
                }
                int rc = r.result();
                if (rc == -ETIMEDOUT) {
                  // The OSD has the watch but not on this connection: attach it here. (librados
                  // reports this as an error; re-attaching loses nothing while the OSD has it.)
                  reconnect(w);
                } else if (rc < 0) {
                  lost(w, w.object.failure(rc == -ENOENT ? -ENOTCONN : rc, "watch ping"));
                }
              } finally {
                r.release();
              }
            });
  }

  /** Re-attaches {@code w} to whatever connection its object's primary now has. */
  private void reconnect(WatchState w) {
    if (w.reconnecting || w.closed || w.error != null || w.osd < 0) {
      return;
    }
    w.reconnecting = true;
    long gen = ++w.gen;
    log.debug("{}: reconnecting (gen {})", w.describe(), gen);
    objecter
        .submit(watchSpec(w, WatchOps.OP_RECONNECT, gen, false, "watch reconnect"))
        .whenComplete(
            (r, e) -> {
              w.reconnecting = false;
              if (e != null) {
                if (!w.closed && w.error == null && !closed) {
                  lost(w, Causes.unwrap(e));
                }
                return;
              }
              try {
                if (w.closed || w.error != null) {
                  return;
                }
                int rc = r.result();
                if (rc < 0) {
                  lost(w, w.object.failure(rc == -ENOENT ? -ENOTCONN : rc, "watch reconnect"));
                  return;
                }
                w.osd = r.osd();
                w.nextPingNanos = System.nanoTime() + pingInterval(w);
              } finally {
                r.release();
              }
            });
  }

  private void lost(WatchState w, Throwable cause) {
    RadosException error =
        cause instanceof RadosException re
            ? re
            : new RadosException(w.describe() + " lost: " + cause.getMessage(), cause);
    w.error = error;
    errors.put(w.cookie, error);
    log.debug("{} lost: {}", w.describe(), error.getMessage());
    runCallback(() -> w.listener.onError(w.cookie, error), w);
  }

  // ---- notifies --------------------------------------------------------------------------------

  /**
   * How long a notify of {@code timeout} waits for the OSD's completion once the OSD has taken it:
   * the timeout and a grace.
   */
  public static Duration notifyDeadline(Duration timeout) {
    return timeout.plus(Notifies.NOTIFY_GRACE);
  }

  /**
   * Sends a notify to every watcher of the object; the future gives their replies, or which ones
   * did not answer within {@code timeoutSeconds}.
   */
  public CompletableFuture<NotifyResult> notify(
      ObjectRef object, byte[] payload, long timeoutSeconds) {
    CompletableFuture<NotifyResult> out = new CompletableFuture<>();
    onLoop(out, () -> notifies.start(nextCookie++, object, payload, timeoutSeconds, out));
    return out;
  }

  // ---- events and changes ----------------------------------------------------------------------

  /** An MWatchNotify from an OSD; {@code data} is its data segment. */
  void onEvent(OsdSession s, MWatchNotify m, byte[] data) {
    switch (m.opcode()) {
      case MWatchNotify.NOTIFY -> {
        WatchState w = watches.get(m.cookie());
        if (w == null || w.closed) {
          log.debug("{} from {} for no watch of ours", m, s);
          return;
        }
        deliver(w, m);
      }
      case MWatchNotify.DISCONNECT -> {
        WatchState w = watches.get(m.cookie());
        if (w != null && !w.closed && w.error == null) {
          lost(w, w.object.failure(-ENOTCONN, "watch (the OSD disconnected it)"));
        }
      }
      case MWatchNotify.NOTIFY_COMPLETE -> notifies.onComplete(s, m, data);
      default -> log.debug("ignoring {} from {}", m, s);
    }
  }

  private void deliver(WatchState w, MWatchNotify m) {
    NotifyEvent event = new NotifyEvent(m.notifyId(), m.notifierGid(), w.cookie, m.payload());
    runCallback(
        () -> {
          byte[] reply = null;
          try {
            reply = w.listener.onNotify(event);
          } catch (RuntimeException e) {
            log.warn(
                "the listener of {} failed on notify {}; acknowledging it with no reply",
                w.describe(),
                m.notifyId(),
                e);
          }
          byte[] bytes = reply == null ? new byte[0] : reply;
          objecter
              .submit(
                  w.object.spec(
                      List.of(WatchOps.notifyAck(m.notifyId(), w.cookie, bytes)),
                      OsdOpFlags.READ,
                      false,
                      "notify ack"))
              .whenComplete(
                  (r, e) -> {
                    if (e != null) {
                      log.debug("ack of notify {} failed: {}", m.notifyId(), e.toString());
                    } else {
                      r.release();
                    }
                  });
        },
        w);
  }

  /** A session's connection dropped or ended: what lived on it attaches again. */
  void sessionReset(OsdSession s) {
    for (WatchState w : new ArrayList<>(watches.values())) {
      if (w.osd == s.osd) {
        reconnect(w);
      }
    }
    notifies.sessionReset(s.osd);
  }

  /** A new map: watches and notifies whose object has a new primary follow it. */
  void mapChanged(OsdMap map) {
    for (WatchState w : new ArrayList<>(watches.values())) {
      int primary = w.object.primaryIn(map);
      if (w.osd >= 0 && primary >= 0 && primary != w.osd) {
        reconnect(w);
      }
    }
    notifies.mapChanged(map);
  }

  /** Fails pending notifies and forgets every watch (the OSDs time them out). */
  void close() {
    closed = true;
    if (ticker != null) {
      ticker.cancel(false);
      ticker = null;
    }
    notifies.close();
    watches.values().forEach(w -> w.closed = true);
    watches.clear();
    if (callbacks != null) {
      callbacks.shutdown();
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Runs a listener call on the callback thread, in arrival order. */
  private void runCallback(Runnable call, WatchState w) {
    if (callbacks == null) {
      callbacks =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "jrados-watch-callbacks");
                t.setDaemon(true);
                return t;
              });
    }
    try {
      callbacks.execute(
          () -> {
            try {
              call.run();
            } catch (RuntimeException e) {
              log.warn("the listener of {} failed", w.describe(), e);
            }
          });
    } catch (RejectedExecutionException e) {
      log.debug("client closed; dropping an event for {}", w.describe());
    }
  }

  /** Runs {@code task} on the loop, failing {@code out} if the client is closed. */
  private void onLoop(CompletableFuture<?> out, Runnable task) {
    Runnable guarded =
        () -> {
          if (closed) {
            out.completeExceptionally(new ConnectionClosedException("the client is closed"));
            return;
          }
          try {
            task.run();
          } catch (RuntimeException e) {
            out.completeExceptionally(e);
          }
        };
    try {
      loop.execute(guarded);
    } catch (RejectedExecutionException e) {
      out.completeExceptionally(new ConnectionClosedException("the client is closed"));
    }
  }
}
