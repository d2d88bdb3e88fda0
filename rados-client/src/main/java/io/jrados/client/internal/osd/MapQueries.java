package io.jrados.client.internal.osd;

import io.jrados.client.api.ObjectPlacement;
import io.jrados.client.api.PoolNotFoundException;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.client.internal.mon.MonClient;
import io.jrados.client.internal.util.Causes;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgMapping;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Questions answered from the OSDMap rather than by an OSD: the current map, a map as new as the
 * mons' newest, and where an object lives. Each answer has the objecter's deadline.
 */
public final class MapQueries {
  private final MonClient mon;
  private final OsdMapTracker maps;
  private final EventExecutor loop;
  private final Duration timeout;

  MapQueries(MonClient mon, OsdMapTracker maps, EventExecutor loop, Duration timeout) {
    this.mon = mon;
    this.maps = maps;
    this.loop = loop;
    this.timeout = timeout;
  }

  /** A future for the current map: the first one, once it arrived. */
  public CompletableFuture<OsdMap> map() {
    OsdMap current = maps.currentSnapshot();
    if (current != null) {
      return CompletableFuture.completedFuture(current);
    }
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
    mon.newestOsdMapEpoch(timeout)
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

  /** A map of epoch {@code epoch} or newer, asked of the mons if we do not have one yet. */
  public CompletableFuture<OsdMap> mapAtLeast(long epoch) {
    CompletableFuture<OsdMap> f = new CompletableFuture<>();
    loop.execute(
        () -> maps.awaitEpoch(Math.max(1, epoch)).whenComplete((m, e) -> complete(f, m, e)));
    return withDeadline(f, "osdmap epoch " + epoch + " from the mons");
  }

  /** Where an object lives under the current map (the first map, once it arrived). */
  public CompletableFuture<ObjectPlacement> placement(
      long poolId, String oid, byte[] namespace, byte[] locatorKey) {
    return map()
        .thenApply(
            m -> {
              if (m.pool(poolId).isEmpty()) {
                throw new PoolNotFoundException("#" + poolId, m.epoch());
              }
              PgMapping p = m.locate(poolId, SurrogateEscape.encode(oid), namespace, locatorKey);
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

  private <T> CompletableFuture<T> withDeadline(CompletableFuture<T> f, String what) {
    ScheduledFuture<?> deadline =
        loop.schedule(
            () -> f.completeExceptionally(new RadosTimeoutException(what, timeout)),
            timeout.toNanos(),
            TimeUnit.NANOSECONDS);
    f.whenComplete((v, e) -> deadline.cancel(false));
    return f;
  }

  private static <T> void complete(CompletableFuture<T> f, T value, Throwable e) {
    if (e != null) {
      f.completeExceptionally(e);
    } else {
      f.complete(value);
    }
  }
}
