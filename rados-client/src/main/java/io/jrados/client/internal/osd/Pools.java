package io.jrados.client.internal.osd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrados.client.api.Errno;
import io.jrados.client.api.PermissionDeniedException;
import io.jrados.client.api.PoolNotFoundException;
import io.jrados.client.api.PoolSnapshotInfo;
import io.jrados.client.api.RadosException;
import io.jrados.client.internal.mon.MonClient;
import io.jrados.protocol.messages.MPoolOpReply;
import io.jrados.protocol.messages.PoolOpCode;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgPool;
import io.jrados.protocol.osdmap.PoolSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Pool lookups against the OSDMap, and the pool changes that go through the mons. Lookups use a map
 * at least as new as the mons' newest, as librados does, so a pool created by another client a
 * moment ago is found and one deleted is not.
 */
public final class Pools {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MonClient mon;
  private final Objecter objecter;
  private final Duration monTimeout;

  public Pools(MonClient mon, Objecter objecter, Duration monTimeout) {
    this.mon = mon;
    this.objecter = objecter;
    this.monTimeout = monTimeout;
  }

  /** The pool's id, or empty. */
  public CompletableFuture<OptionalLong> find(String name) {
    return objecter.mapQueries().latestMap().thenApply(m -> m.poolId(name));
  }

  /** The pool's id; fails with {@link PoolNotFoundException}. */
  public CompletableFuture<Long> lookup(String name) {
    return objecter
        .mapQueries()
        .latestMap()
        .thenApply(
            m ->
                m.poolId(name)
                    .orElseThrow(() -> new PoolNotFoundException("'" + name + "'", m.epoch())));
  }

  /** The pool's name; fails with {@link PoolNotFoundException}. */
  public CompletableFuture<String> name(long id) {
    return objecter
        .mapQueries()
        .latestMap()
        .thenApply(
            m -> {
              return m.poolName(id)
                  .orElseThrow(() -> new PoolNotFoundException("#" + id, m.epoch()));
            });
  }

  /** Every pool's name, in id order. */
  public CompletableFuture<List<String>> list() {
    return objecter.mapQueries().latestMap().thenApply(m -> List.copyOf(m.poolNames().values()));
  }

  /**
   * Creates a replicated pool ({@code pgNum} 0: the cluster's default) and waits until our map has
   * it, so an I/O context opened right after finds it.
   */
  public CompletableFuture<Void> create(String name, int pgNum) {
    String json =
        pgNum > 0
            ? command("prefix", "osd pool create", "pool", name, "pg_num", pgNum)
            : command("prefix", "osd pool create", "pool", name);
    return mon.command(json, new byte[0], monTimeout).thenCompose(r -> waitForMap(r.orThrow(json)));
  }

  /** Deletes a pool; the mons must have {@code mon_allow_pool_delete} set. */
  public CompletableFuture<Void> delete(String name) {
    String json =
        command(
            "prefix",
            "osd pool delete",
            "pool",
            name,
            "pool2",
            name,
            "yes_i_really_really_mean_it",
            true);
    return mon.command(json, new byte[0], monTimeout).thenCompose(r -> waitForMap(r.orThrow(json)));
  }

  // ---- pool snapshots --------------------------------------------------------------------------

  /** The snapshots of pool {@code poolId}, by id, from a map at least as new as the mons'. */
  public CompletableFuture<List<PoolSnapshotInfo>> snapshots(long poolId, String poolName) {
    return objecter
        .mapQueries()
        .latestMap()
        .thenApply(
            m ->
                poolOf(m, poolId, poolName).snapshots().values().stream()
                    .map(Pools::info)
                    .toList());
  }

  /** The snapshot {@code snap} of the pool; fails with ENOENT if it has none of that name. */
  public CompletableFuture<PoolSnapshotInfo> snapshot(long poolId, String poolName, String snap) {
    return objecter
        .mapQueries()
        .latestMap()
        .thenApply(m -> info(find(poolOf(m, poolId, poolName), poolName, snap)));
  }

  /**
   * Takes a pool snapshot ({@code osd pool mksnap}) and waits until our map has it. Fails with
   * EEXIST if the pool has one of that name, as librados does (the mons would answer 0).
   */
  public CompletableFuture<PoolSnapshotInfo> createSnapshot(
      long poolId, String poolName, String snap) {
    String json = command("prefix", "osd pool mksnap", "pool", poolName, "snap", snap);
    return objecter
        .mapQueries()
        .latestMap()
        .thenCompose(
            before -> {
              if (poolOf(before, poolId, poolName).snapshot(snap).isPresent()) {
                throw snapError(
                    Errno.EEXIST, "pool '" + poolName + "' already has a snapshot '" + snap + "'");
              }
              return mon.command(json, new byte[0], monTimeout);
            })
        .thenCompose(r -> waitForMap(r.orThrow(json)))
        .thenCompose(v -> snapshot(poolId, poolName, snap));
  }

  /**
   * Removes a pool snapshot ({@code osd pool rmsnap}) and waits until our map no longer has it.
   * Fails with ENOENT if there is none of that name, as librados does.
   */
  public CompletableFuture<Void> removeSnapshot(long poolId, String poolName, String snap) {
    String json = command("prefix", "osd pool rmsnap", "pool", poolName, "snap", snap);
    return snapshot(poolId, poolName, snap)
        .thenCompose(s -> mon.command(json, new byte[0], monTimeout))
        .thenCompose(r -> waitForMap(r.orThrow(json)));
  }

  // ---- self-managed snapshots -----------------------------------------------------------------

  /**
   * Allocates a self-managed snapshot id (an MPoolOp, as librados sends; no mon command does this)
   * and completes once our map has the epoch that holds it.
   */
  public CompletableFuture<Long> createSelfManagedSnapshot(long poolId, String poolName) {
    String what = "creating a self-managed snapshot in pool '" + poolName + "'";
    return poolOp(poolId, poolName, PoolOpCode.CREATE_UNMANAGED_SNAP, 0, what)
        .thenApply(MPoolOpReply::snapId);
  }

  /** Removes self-managed snapshot {@code snapId}; completes once our map has the removal. */
  public CompletableFuture<Void> removeSelfManagedSnapshot(
      long poolId, String poolName, long snapId) {
    String what =
        "removing self-managed snapshot "
            + Long.toUnsignedString(snapId)
            + " of pool '"
            + poolName
            + "'";
    return poolOp(poolId, poolName, PoolOpCode.DELETE_UNMANAGED_SNAP, snapId, what)
        .thenApply(r -> null);
  }

  /**
   * Sends a pool op; on success waits, as librados does, for a map of the epoch the reply names. A
   * refusal fails with the mons' errno and what it means for the pool as our map has it.
   */
  private CompletableFuture<MPoolOpReply> poolOp(
      long poolId, String poolName, int op, long snapId, String what) {
    return objecter
        .mapQueries()
        .map()
        .thenCompose(
            m -> {
              poolOf(m, poolId, poolName);
              return mon.poolOp(poolId, op, snapId, monTimeout, what);
            })
        .thenCompose(
            reply ->
                objecter
                    .mapQueries()
                    .mapAtLeast(reply.epoch())
                    .thenApply(
                        m -> {
                          if (reply.replyCode() < 0) {
                            throw poolOpError(what, -reply.replyCode(), m, poolId, poolName);
                          }
                          return reply;
                        }));
  }

  private static RadosException poolOpError(
      String what, int errno, OsdMap m, long poolId, String poolName) {
    PgPool pool = m.pool(poolId).orElse(null);
    Errno e = Errno.of(errno);
    if (e == Errno.ENOENT && pool == null) {
      return new PoolNotFoundException("'" + poolName + "'", m.epoch());
    }
    String why =
        e == null
            ? "refused by the mons"
            : switch (e) {
              case EINVAL ->
                  pool != null && pool.hasFlag(PgPool.FLAG_POOL_SNAPS)
                      ? "the pool has pool snapshots, and a pool takes pool snapshots or"
                          + " self-managed ones, not both"
                      : "invalid argument";
              case EOPNOTSUPP ->
                  pool != null && !pool.hasFlag(PgPool.FLAG_SELFMANAGED_SNAPS)
                      ? "the pool has no self-managed snapshots, or does not allow them"
                      : "not supported on this pool";
              case ENOENT -> "no such snapshot: the pool never handed out that id";
              case EPERM, EACCES -> "permission denied by the client's caps";
              default -> "refused by the mons";
            };
    String message = what + " failed: " + Errno.nameOf(errno) + " (" + why + ")";
    return e == Errno.EPERM || e == Errno.EACCES
        ? new PermissionDeniedException(message, errno, poolName, null, null)
        : new RadosException(message, errno, null);
  }

  private static PgPool poolOf(OsdMap m, long poolId, String poolName) {
    return m.pool(poolId).orElseThrow(() -> new PoolNotFoundException(poolName, m.epoch()));
  }

  private static PoolSnapshot find(PgPool pool, String poolName, String snap) {
    return pool.snapshot(snap)
        .orElseThrow(
            () ->
                snapError(Errno.ENOENT, "pool '" + poolName + "' has no snapshot '" + snap + "'"));
  }

  private static RadosException snapError(Errno errno, String what) {
    return new RadosException(what + " (" + errno.printedName() + ")", errno.code(), null);
  }

  private static PoolSnapshotInfo info(PoolSnapshot s) {
    return new PoolSnapshotInfo(s.snapId(), s.name(), s.stamp().toInstant());
  }

  private CompletableFuture<Void> waitForMap(Object ignored) {
    return objecter.mapQueries().latestMap().thenApply(m -> null);
  }

  private static String command(Object... keyValues) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < keyValues.length; i += 2) {
      o.putPOJO((String) keyValues[i], keyValues[i + 1]);
    }
    return o.toString();
  }
}
