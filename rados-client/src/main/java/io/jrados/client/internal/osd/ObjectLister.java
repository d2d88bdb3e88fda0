package io.jrados.client.internal.osd;

import io.jrados.client.api.PoolNotFoundException;
import io.jrados.protocol.osd.HObject;
import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osd.PgnlsOp;
import io.jrados.protocol.osdmap.PgPool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Lists a pool's objects the way librados does with SORTBITWISE (every cluster since Luminous): one
 * cursor walks all objects in the OSDs' sort order; each PGNLS goes to the PG that owns the
 * cursor's hash and answers with the objects after it and the next cursor, which at the end of a PG
 * is the start of the next one. The listing is done when the cursor is the "max" sentinel.
 *
 * <p>A listing is not a snapshot: objects written or removed meanwhile may or may not appear, as
 * with librados.
 */
public final class ObjectLister {
  /** LIBRADOS_ALL_NSPACES: a namespace filter that matches every namespace. */
  public static final String ALL_NAMESPACES = "\u0001";

  private final Objecter objecter;

  public ObjectLister(Objecter objecter) {
    this.objecter = objecter;
  }

  /** Entries and the next cursor, as found in one PG from {@code cursor} on. */
  public record Page(List<PgnlsOp.Entry> entries, HObject next) {}

  /**
   * Up to about {@code max} objects after {@code cursor} (fewer where a PG ends: the caller asks
   * again with {@link Page#next()}).
   */
  public CompletableFuture<Page> page(
      long poolId, String poolName, byte[] namespace, HObject cursor, int max) {
    return objecter
        .mapQueries()
        .map()
        .thenCompose(
            map -> {
              PgPool pool =
                  map.pool(poolId)
                      .orElseThrow(
                          () -> new PoolNotFoundException("'" + poolName + "'", map.epoch()));
              long seed =
                  Integer.toUnsignedLong(
                      PgPool.stableMod((int) cursor.hash(), pool.pgNum(), pool.pgNumMask()));
              OsdOpSpec spec =
                  new OsdOpSpec(
                      poolId,
                      poolName,
                      namespace,
                      new byte[0],
                      new byte[0],
                      seed,
                      List.of(PgnlsOp.pgnls(max, map.epoch(), cursor)),
                      OsdOpFlags.READ | OsdOpFlags.IGNORE_OVERLAY, // as librados lists
                      false,
                      0,
                      Instant.now(),
                      "list objects");
              // Read on the objecter's own future, so a caller giving up cannot leak the reply.
              CompletableFuture<Page> page = new CompletableFuture<>();
              objecter
                  .submit(spec)
                  .whenComplete(
                      (r, e) -> {
                        if (e != null) {
                          page.completeExceptionally(e);
                          return;
                        }
                        try {
                          page.complete(toPage(r, spec));
                        } catch (RuntimeException x) {
                          page.completeExceptionally(x);
                        }
                      });
              return page;
            });
  }

  private static Page toPage(OsdResult r, OsdOpSpec spec) {
    try {
      if (r.result() < 0) {
        throw OsdErrors.forResult(r.result(), spec.what(), spec.poolName(), spec.namespace(), "");
      }
      PgnlsOp.Page p = PgnlsOp.parse(r.ops().get(0).outdata());
      return new Page(new ArrayList<>(p.entries()), p.handle());
    } finally {
      r.release();
    }
  }
}
