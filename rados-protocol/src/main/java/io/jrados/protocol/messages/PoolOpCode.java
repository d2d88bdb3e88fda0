package io.jrados.protocol.messages;

/**
 * The operations an {@link MPoolOp} asks of the mons ({@code POOL_OP_*} in Ceph's {@code
 * include/rados.h}). Snapshots of the first pair are named and pool-wide (librados' {@code
 * snap_create}); those of the second are numbered and managed by the client, which names them in
 * its writes' snap contexts (librados' {@code selfmanaged_snap_create}, as RBD uses them). A pool
 * takes one kind or the other, never both.
 */
public final class PoolOpCode {
  private PoolOpCode() {}

  /** A pool snapshot, named by {@link MPoolOp#name()}. */
  public static final int CREATE_SNAP = 0x11;

  /** Removes the pool snapshot named by {@link MPoolOp#name()}. */
  public static final int DELETE_SNAP = 0x12;

  /** Allocates a self-managed snapshot id; the reply's data is the id, a u64. */
  public static final int CREATE_UNMANAGED_SNAP = 0x21;

  /** Removes the self-managed snapshot {@link MPoolOp#snapId()}. */
  public static final int DELETE_UNMANAGED_SNAP = 0x22;
}
