package io.jrados.client.api;

import io.jrados.client.internal.osd.OpText;
import io.jrados.protocol.osd.SnapOps;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link IoCtx}'s snapshot calls: the pool's own snapshots ({@code rados mksnap}, {@code
 * rmsnap}, {@code lssnap}), self-managed ones (as RBD uses), an object's clones, and rollback.
 * Reading at a snapshot is {@link IoCtx#withReadSnapshot}; writing for self-managed ones is {@link
 * IoCtx#withWriteSnapContext}. Sync forms wait as {@link IoCtx} describes.
 */
public sealed interface Snapshots permits IoCtx {

  private IoCtx ctx() {
    return (IoCtx) this;
  }

  /**
   * Takes a snapshot of the whole pool ({@code rados mksnap}, librados' {@code snap_create}); fails
   * with EEXIST if the pool has one of that name, or with the mons' error (say, EINVAL for a pool
   * whose snapshots its clients manage, as RBD's are).
   */
  default CompletableFuture<PoolSnapshotInfo> createSnapshotAsync(String name) {
    IoCtx c = ctx();
    return c.pools().createSnapshot(c.poolId(), c.poolName(), Objects.requireNonNull(name, "name"));
  }

  default PoolSnapshotInfo createSnapshot(String name) {
    return ctx().await(createSnapshotAsync(name), "snapshot " + name);
  }

  /** Removes a pool snapshot ({@code rados rmsnap}); fails with ENOENT if there is none. */
  default CompletableFuture<Void> removeSnapshotAsync(String name) {
    IoCtx c = ctx();
    return c.pools().removeSnapshot(c.poolId(), c.poolName(), Objects.requireNonNull(name, "name"));
  }

  default void removeSnapshot(String name) {
    ctx().await(removeSnapshotAsync(name), "removing snapshot " + name);
  }

  /** The pool's snapshots, by id ({@code rados lssnap}). */
  default CompletableFuture<List<PoolSnapshotInfo>> listSnapshotsAsync() {
    return ctx().pools().snapshots(ctx().poolId(), ctx().poolName());
  }

  default List<PoolSnapshotInfo> listSnapshots() {
    return ctx().await(listSnapshotsAsync(), "listing snapshots");
  }

  /** The pool snapshot named {@code name}; fails with ENOENT if there is none. */
  default CompletableFuture<PoolSnapshotInfo> lookupSnapshotAsync(String name) {
    IoCtx c = ctx();
    return c.pools().snapshot(c.poolId(), c.poolName(), Objects.requireNonNull(name, "name"));
  }

  default PoolSnapshotInfo lookupSnapshot(String name) {
    return ctx().await(lookupSnapshotAsync(name), "snapshot " + name);
  }

  /**
   * The versions of {@code oid} that snapshots keep ({@code rados listsnaps}): its clones, oldest
   * first, then the head if the object exists now.
   */
  default CompletableFuture<List<ObjectClone>> objectClonesAsync(String oid) {
    return ctx()
        .readOne(
            oid,
            SnapOps.listSnaps(),
            OpText.of("list snaps"),
            SnapOps.SNAPDIR,
            out ->
                SnapOps.parseListSnaps(out).clones().stream()
                    .map(
                        c ->
                            new ObjectClone(
                                c.cloneId(),
                                c.snaps(),
                                c.overlap().stream()
                                    .map(x -> new ObjectClone.Range(x.offset(), x.length()))
                                    .toList(),
                                c.size()))
                    .toList());
  }

  default List<ObjectClone> objectClones(String oid) {
    return ctx().await(objectClonesAsync(oid), "listing the clones of " + oid);
  }

  /**
   * Makes {@code oid} what it was at pool snapshot {@code snapName} ({@code rados rollback}): its
   * data, xattrs and omap; an object the snapshot did not have is removed.
   */
  default CompletableFuture<Void> rollbackAsync(String oid, String snapName) {
    return lookupSnapshotAsync(snapName)
        .thenCompose(s -> ctx().operateAsync(oid, new WriteOperation().rollback(s.id())));
  }

  default void rollback(String oid, String snapName) {
    ctx().await(rollbackAsync(oid, snapName), "rollback of " + oid + " to " + snapName);
  }

  /**
   * Makes {@code oid} what it was at snapshot {@code snapId}, pool or self-managed (librados'
   * {@code selfmanaged_snap_rollback}); the write carries this context's snap context. As in
   * librados, an object the snapshot did not have is removed.
   */
  default CompletableFuture<Void> rollbackAsync(String oid, long snapId) {
    return ctx().operateAsync(oid, new WriteOperation().rollback(snapId));
  }

  default void rollback(String oid, long snapId) {
    ctx().await(rollbackAsync(oid, snapId), "rollback of " + oid + " to snapshot " + snapId);
  }

  /**
   * Allocates a self-managed snapshot id from the mons (librados' {@code selfmanaged_snap_create}),
   * and completes once the client's map has it. The pool then takes no pool snapshots. Writes
   * preserve data for it only once their {@link IoCtx#withWriteSnapContext snap context} names it.
   *
   * <p>Like librados, a request pending when the mon session drops is sent again on the next one,
   * so a lost reply can cost an unused id.
   */
  default CompletableFuture<Long> createSelfManagedSnapshotAsync() {
    return ctx().pools().createSelfManagedSnapshot(ctx().poolId(), ctx().poolName());
  }

  default long createSelfManagedSnapshot() {
    return ctx().await(createSelfManagedSnapshotAsync(), "creating a self-managed snapshot");
  }

  /**
   * Removes self-managed snapshot {@code snapId} (librados' {@code selfmanaged_snap_remove}); the
   * OSDs then trim its clones in the background. Removing one already removed succeeds, as it does
   * in librados.
   */
  default CompletableFuture<Void> removeSelfManagedSnapshotAsync(long snapId) {
    return ctx().pools().removeSelfManagedSnapshot(ctx().poolId(), ctx().poolName(), snapId);
  }

  default void removeSelfManagedSnapshot(long snapId) {
    ctx()
        .await(
            removeSelfManagedSnapshotAsync(snapId),
            "removing self-managed snapshot " + Long.toUnsignedString(snapId));
  }
}
