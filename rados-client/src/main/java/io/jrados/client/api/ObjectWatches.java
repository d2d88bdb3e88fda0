package io.jrados.client.api;

import io.jrados.client.internal.osd.OpText;
import io.jrados.client.internal.osd.Watches;
import io.jrados.client.internal.util.Blocking;
import io.jrados.protocol.osd.WatchOps;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link IoCtx}'s watch and notify calls: watch an object for notifies, notify its watchers and
 * gather their replies, list its watchers. Sync forms wait as {@link IoCtx} describes; a sync
 * notify waits for the notify's own timeout first.
 */
public sealed interface ObjectWatches permits IoCtx {

  /** A notify's timeout when none is given: librados' client_notify_timeout. */
  Duration DEFAULT_NOTIFY_TIMEOUT = Duration.ofSeconds(10);

  private IoCtx ctx() {
    return (IoCtx) this;
  }

  /**
   * Watches {@code oid} with the OSD's watch timeout (osd_client_watch_timeout, 30 s by default).
   * See {@link #watchAsync(String, Duration, WatchListener)}.
   */
  default CompletableFuture<Watch> watchAsync(String oid, WatchListener listener) {
    return watchAsync(oid, Duration.ZERO, listener);
  }

  /**
   * Watches {@code oid}: {@code listener} hears of every notify sent to it, until the watch is
   * closed. Fails with {@link ObjectNotFoundException} if the object does not exist.
   *
   * @param timeout how long the OSD keeps the watch while it cannot reach this client, rounded up
   *     to whole seconds; zero for the OSD's default. Past it the watch is lost.
   */
  default CompletableFuture<Watch> watchAsync(
      String oid, Duration timeout, WatchListener listener) {
    Objects.requireNonNull(listener, "listener");
    long seconds = wholeSeconds(timeout, "watch timeout", 0);
    byte[] name = IoCtx.nameBytes(oid);
    IoCtx.checkName(name);
    Duration waitLimit = ctx().opTimeout().plusSeconds(1);
    Watches watches = ctx().watches();
    CompletableFuture<Watch> out = new CompletableFuture<>();
    watches
        .watch(ctx().objectRef(name), seconds, listener)
        .whenComplete(
            (cookie, e) -> {
              if (e != null) {
                out.completeExceptionally(e);
                return;
              }
              Watch watch = new Watch(watches, cookie, oid, waitLimit);
              if (!out.complete(watch)) {
                watch.closeAsync(); // the caller gave up waiting: leave no watch behind
              }
            });
    return out;
  }

  default Watch watch(String oid, WatchListener listener) {
    return ctx().await(watchAsync(oid, listener), "watch of " + oid);
  }

  default Watch watch(String oid, Duration timeout, WatchListener listener) {
    return ctx().await(watchAsync(oid, timeout, listener), "watch of " + oid);
  }

  /**
   * Notifies every watcher of {@code oid} with {@code payload}, and gathers their replies. Watchers
   * that do not acknowledge within {@code timeout} are listed in {@link NotifyResult#timedOut()}
   * (librados' ETIMEDOUT). Fails with {@link ObjectNotFoundException} if the object does not exist.
   *
   * @param timeout how long the OSD waits for the watchers, rounded up to whole seconds; at least 1
   *     second
   */
  default CompletableFuture<NotifyResult> notifyAsync(
      String oid, byte[] payload, Duration timeout) {
    Objects.requireNonNull(payload, "payload");
    long seconds = wholeSeconds(timeout, "notify timeout", 1);
    byte[] name = IoCtx.nameBytes(oid);
    IoCtx.checkName(name);
    return ctx().watches().notify(ctx().objectRef(name), payload.clone(), seconds);
  }

  /** Notifies with {@link #DEFAULT_NOTIFY_TIMEOUT}. */
  default CompletableFuture<NotifyResult> notifyAsync(String oid, byte[] payload) {
    return notifyAsync(oid, payload, DEFAULT_NOTIFY_TIMEOUT);
  }

  default NotifyResult notify(String oid, byte[] payload, Duration timeout) {
    CompletableFuture<NotifyResult> f = notifyAsync(oid, payload, timeout);
    // The notify's own deadline (its timeout, a grace, and the op timeout) comes first.
    Duration limit = Watches.notifyDeadline(timeout).plusSeconds(1).plus(ctx().opTimeout());
    return Blocking.await(f, limit, "notify of " + oid + " in pool " + ctx().poolName());
  }

  default NotifyResult notify(String oid, byte[] payload) {
    return notify(oid, payload, DEFAULT_NOTIFY_TIMEOUT);
  }

  /** The watches on {@code oid} (what {@code rados listwatchers} prints). */
  default CompletableFuture<List<WatcherInfo>> listWatchersAsync(String oid) {
    return ctx()
        .readOne(
            oid,
            WatchOps.listWatchers(),
            OpText.of("list watchers"),
            ctx().readSnapshot(),
            out ->
                WatchOps.parseWatchers(out).stream()
                    .map(
                        w ->
                            new WatcherInfo(
                                w.watcher().toString(),
                                w.cookie(),
                                w.timeoutSeconds(),
                                w.address() == null ? "-" : w.address().cephText()))
                    .toList());
  }

  default List<WatcherInfo> listWatchers(String oid) {
    return ctx().await(listWatchersAsync(oid), "listing the watchers of " + oid);
  }

  /** A timeout as the u32 seconds the OSD takes, rounded up. */
  private static long wholeSeconds(Duration timeout, String what, long min) {
    Objects.requireNonNull(timeout, what);
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + timeout);
    }
    long seconds = timeout.getSeconds() + (timeout.getNano() > 0 ? 1 : 0);
    if (seconds < min || seconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          what + " must be " + min + " to 4294967295 seconds, not " + timeout);
    }
    return seconds;
  }
}
