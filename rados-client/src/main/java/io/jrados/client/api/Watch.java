package io.jrados.client.api;

import io.jrados.client.internal.osd.Watches;
import io.jrados.client.internal.util.Blocking;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A registered watch on one object (librados' {@code watch2}): its {@link WatchListener} hears of
 * every notify sent to the object until the watch is closed.
 *
 * <p>The client keeps the watch alive on its own: it pings the OSD every 5 seconds and re-attaches
 * the watch after a dropped connection, an OSD restart or a new primary. Notifies sent while it was
 * detached are delivered once it is back, if the OSD still has the watch. If the OSD dropped it
 * (the object was deleted, or the client was away longer than the watch's timeout), the listener's
 * {@link WatchListener#onError} is called once and {@link #error()} says so; close it and watch
 * again. Get one from {@link IoCtx#watch}.
 */
public final class Watch implements AutoCloseable {
  private final Watches watches;
  private final long cookie;
  private final String objectName;
  private final Duration waitLimit;

  Watch(Watches watches, long cookie, String objectName, Duration waitLimit) {
    this.watches = watches;
    this.cookie = cookie;
    this.objectName = objectName;
    this.waitLimit = waitLimit;
  }

  /** The watch's cookie: how notifies' results and {@code rados listwatchers} name it. */
  public long cookie() {
    return cookie;
  }

  /** The watched object. */
  public String objectName() {
    return objectName;
  }

  /** Why the watch was lost, or empty while it is registered. */
  public Optional<RadosException> error() {
    return Optional.ofNullable(watches.error(cookie));
  }

  /**
   * Removes the watch from the OSD (UNWATCH). Events that had already been handed to the listener's
   * thread may still be delivered.
   */
  public CompletableFuture<Void> closeAsync() {
    return watches.unwatch(cookie);
  }

  /** Removes the watch, waiting for the OSD's answer. */
  @Override
  public void close() {
    Blocking.await(closeAsync(), waitLimit, "unwatch of " + objectName);
  }

  @Override
  public String toString() {
    return "Watch[" + objectName + ", cookie " + cookie + "]";
  }
}
